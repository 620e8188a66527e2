#include "lending/LendingError.h"

#include <QStringList>

namespace thanrak {

namespace {
QString joinMessages(const TermProblems& problems) {
    QStringList messages;
    for (const TermProblem& problem : problems) messages << problem.message;
    return messages.join(QLatin1Char(' '));
}
}  // namespace

LoanTermsError::LoanTermsError(TermProblems problems)
    : LendingError(QStringLiteral("loan.terms"), joinMessages(problems)),
      problems_(std::move(problems)) {}

}  // namespace thanrak
