#include "savings/Loan.h"

#include "thai/ThaiDate.h"

#include "base/EnumKeys.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};
}  // namespace

namespace {
constexpr EnumKeys<LoanStatus, 5> kStatuses({{
    {LoanStatus::Applied, "applied"},
    {LoanStatus::Approved, "approved"},
    {LoanStatus::Rejected, "rejected"},
    {LoanStatus::Active, "active"},
    {LoanStatus::Settled, "settled"},
}});
constexpr EnumKeys<ReplacementKind, 2> kReplacements({{
    {ReplacementKind::Renewal, "renewal"},
    {ReplacementKind::Restructure, "restructure"},
}});
}  // namespace

bool runningOn(const Loan& loan, const QDate& day) {
    const bool open = loan.status == LoanStatus::Active ||
                      (loan.status == LoanStatus::Settled && loan.settledOn > day);
    return open && loan.terms.has_value() && day >= loan.disbursedOn;
}

QString replacementKindKey(ReplacementKind kind) {
    return kReplacements.key(kind);
}

std::optional<ReplacementKind> replacementKindFromKey(const QString& key) {
    return kReplacements.fromKey(key);
}

QString replacementKindLabel(ReplacementKind kind) {
    return kind == ReplacementKind::Renewal ? Text::tr("ต่อสัญญา") : Text::tr("ปรับโครงสร้างหนี้");
}

QString loanStatusKey(LoanStatus status) {
    return kStatuses.key(status);
}

std::optional<LoanStatus> loanStatusFromKey(const QString& key) {
    return kStatuses.fromKey(key);
}

QString loanStatusLabel(LoanStatus status) {
    switch (status) {
        case LoanStatus::Applied:
            return Text::tr("ยื่นคำขอกู้");
        case LoanStatus::Approved:
            return Text::tr("อนุมัติแล้ว รอจ่ายเงิน");
        case LoanStatus::Rejected:
            return Text::tr("ไม่อนุมัติ");
        case LoanStatus::Active:
            return Text::tr("ระหว่างผ่อนชำระ");
        case LoanStatus::Settled:
            return Text::tr("ชำระครบแล้ว");
    }
    return {};
}

QString disbursementKindKey(DisbursementKind kind) {
    return kind == DisbursementKind::Cash ? QStringLiteral("cash") : QStringLiteral("in_kind");
}

std::optional<DisbursementKind> disbursementKindFromKey(const QString& key) {
    if (key == QLatin1String("cash"))
        return DisbursementKind::Cash;
    if (key == QLatin1String("in_kind"))
        return DisbursementKind::InKind;
    return std::nullopt;
}

QString contractNoText(const Loan& loan) {
    if (loan.contractSeq <= 0)
        return {};
    return QStringLiteral("%1/%2").arg(loan.contractSeq).arg(buddhistYear(loan.contractYear));
}

}  // namespace thanrak
