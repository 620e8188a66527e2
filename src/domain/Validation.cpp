#include "domain/Validation.h"

#include <QStringList>

namespace thanrak {

namespace {
QString joinMessages(const FieldProblems& problems) {
    QStringList messages;
    for (const FieldProblem& problem : problems)
        messages << problem.message;
    return messages.join(QLatin1Char(' '));
}
}  // namespace

ValidationError::ValidationError(FieldProblems problems)
    : Error(QStringLiteral("validation"), joinMessages(problems)), problems_(std::move(problems)) {}

void throwIfAny(const FieldProblems& problems) {
    if (!problems.isEmpty())
        throw ValidationError(problems);
}

}  // namespace thanrak
