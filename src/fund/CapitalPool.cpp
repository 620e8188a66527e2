#include "fund/CapitalPool.h"

#include "base/EnumKeys.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fund)
};

constexpr EnumKeys<PoolKind, 4> kKinds({{
    {PoolKind::Government, "government"},
    {PoolKind::Project, "project"},
    {PoolKind::Own, "own"},
    {PoolKind::OutsideLoan, "outside_loan"},
}});

constexpr EnumKeys<PoolMovementKind, 4> kMovements({{
    {PoolMovementKind::Capital, "capital"},
    {PoolMovementKind::OutsideRepayment, "outside_repayment"},
    {PoolMovementKind::Deposit, "deposit"},
    {PoolMovementKind::Withdrawal, "withdrawal"},
}});

void add(FieldProblems& problems, const char* field, const QString& message) {
    problems.append({QLatin1String(field), message});
}
}  // namespace

QList<PoolKind> allPoolKinds() {
    return {PoolKind::Government, PoolKind::Project, PoolKind::Own, PoolKind::OutsideLoan};
}

QString poolKindKey(PoolKind kind) {
    return kKinds.key(kind);
}

std::optional<PoolKind> poolKindFromKey(const QString& key) {
    return kKinds.fromKey(key);
}

QString poolKindLabel(PoolKind kind) {
    switch (kind) {
        case PoolKind::Government:
            return Text::tr("เงินจากรัฐบาล");
        case PoolKind::Project:
            return Text::tr("เงินโครงการ");
        case PoolKind::Own:
            return Text::tr("เงินทุนของกองทุน");
        case PoolKind::OutsideLoan:
            return Text::tr("เงินกู้ยืมจากภายนอก");
    }
    return {};
}

QString poolMovementKindKey(PoolMovementKind kind) {
    return kMovements.key(kind);
}

std::optional<PoolMovementKind> poolMovementKindFromKey(const QString& key) {
    return kMovements.fromKey(key);
}

QString poolMovementKindLabel(PoolMovementKind kind) {
    switch (kind) {
        case PoolMovementKind::Capital:
            return Text::tr("รับเงินทุน");
        case PoolMovementKind::OutsideRepayment:
            return Text::tr("ชำระคืนเงินกู้ยืม");
        case PoolMovementKind::Deposit:
            return Text::tr("นำเงินสดฝากธนาคาร");
        case PoolMovementKind::Withdrawal:
            return Text::tr("ถอนเงินจากธนาคาร");
    }
    return {};
}

FieldProblems validatePool(const CapitalPool& pool) {
    FieldProblems problems;
    if (pool.name.trimmed().isEmpty())
        add(problems, "name", Text::tr("กรุณาตั้งชื่อแหล่งเงินทุน เช่น เงินทุนจากรัฐบาล (บัญชี 1)"));
    if (!pool.openedOn.isValid())
        add(problems, "opened_on", Text::tr("กรุณาใส่วันที่เปิดบัญชีของแหล่งเงินทุน"));
    if (pool.kind == PoolKind::OutsideLoan) {
        const OutsideLoanTerms terms = pool.outsideLoan.value_or(OutsideLoanTerms{});
        if (terms.lender.trimmed().isEmpty())
            add(problems, "lender", Text::tr("กรุณาใส่ชื่อผู้ให้กู้ เช่น ธ.ก.ส. สาขา..."));
        if (terms.ratePercent < Ratio() || terms.ratePercent > Ratio(100))
            add(problems, "loan_rate", Text::tr("อัตราดอกเบี้ยเงินกู้ยืมต้องอยู่ระหว่าง 0 ถึง 100"));
        if (terms.months < 1 || terms.months > kMaxLoanMonths)
            add(problems, "loan_months", Text::tr("ระยะเวลาเงินกู้ยืมต้องอยู่ระหว่าง 1 ถึง 360 เดือน"));
    }
    return problems;
}

LoanTerms outsideLoanTerms(const OutsideLoanTerms& terms, Money principal, const QDate& start) {
    LoanTerms t;
    t.principal = principal;
    t.rate = terms.ratePercent / Ratio(100);
    t.ratePeriod = terms.ratePeriod;
    t.months = terms.months;
    t.method = terms.method;
    t.startDate = start;
    return t;
}

}  // namespace thanrak
