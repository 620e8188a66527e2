#include "allocation/AllocationError.h"

#include <QCoreApplication>
#include <QStringList>

namespace thanrak {

namespace {

QString describe(const QString& code, const AllocationProblems& problems) {
    QStringList messages;
    for (const AllocationProblem& problem : problems) messages << problem.message;
    const QString lead = code == QLatin1String("allocation.policy")
                             ? QCoreApplication::translate("Allocation", "กติกาการจัดสรรไม่ถูกต้อง")
                             : QCoreApplication::translate("Allocation", "ข้อมูลการจัดสรรไม่ถูกต้อง");
    return lead + QStringLiteral(": ") + messages.join(QStringLiteral("; "));
}

}  // namespace

AllocationError::AllocationError(QString code, AllocationProblems problems)
    : Error(code, describe(code, problems)), problems_(std::move(problems)) {}

}  // namespace thanrak
