#include "fund/LoanRound.h"

#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fund)
};

void add(FieldProblems& problems, const char* field, const QString& message) {
    problems.append({QLatin1String(field), message});
}
}  // namespace

QString roundNoText(const LoanRound& round) {
    if (round.roundNo <= 0)
        return {};
    return QStringLiteral("%1/%2").arg(round.roundNo).arg(buddhistYear(round.year));
}

FieldProblems validateRound(const LoanRound& r) {
    FieldProblems problems;
    if (r.title.trimmed().isEmpty())
        add(problems, "title", Text::tr("กรุณาตั้งชื่อรอบการให้กู้ เช่น เงินกู้เพื่อการเกษตร ปี 2569"));
    if (r.poolId.isEmpty())
        add(problems, "pool_id", Text::tr("กรุณาเลือกแหล่งเงินทุนที่ใช้ให้กู้ในรอบนี้"));
    if (r.productId.isEmpty())
        add(problems, "product_id", Text::tr("กรุณาเลือกประเภทเงินกู้ (อัตราดอกเบี้ยและระยะเวลา)"));
    if (!r.openedOn.isValid())
        add(problems, "opened_on", Text::tr("กรุณาใส่วันเปิดรับคำขอกู้"));
    if (!r.applyBy.isValid() || (r.openedOn.isValid() && r.applyBy < r.openedOn))
        add(problems, "apply_by", Text::tr("วันปิดรับคำขอกู้ต้องไม่ก่อนวันเปิดรับ"));
    if (!r.ordinaryCap.isPositive())
        add(problems, "ordinary_cap", Text::tr("วงเงินกู้ปกติต่อรายต้องมากกว่าศูนย์"));
    if (r.raisedCap < r.ordinaryCap)
        add(problems, "raised_cap", Text::tr("วงเงินกู้สูงสุดเมื่อคณะกรรมการอนุมัติพิเศษต้องไม่น้อยกว่าวงเงินปกติ"));
    if (r.contractFee.isNegative())
        add(problems, "contract_fee", Text::tr("ค่าธรรมเนียมสัญญาต้องไม่ติดลบ"));
    if (r.riskFundPercent < Ratio() || r.riskFundPercent > Ratio(10))
        add(problems, "risk_fund_percent", Text::tr("เงินประกันความเสี่ยงต้องอยู่ระหว่างร้อยละ 0 ถึง 10"));
    return problems;
}

Money riskFundFor(const LoanRound& round, Money amount) {
    return roundToSatang(Ratio(amount.satang()) * round.riskFundPercent / Ratio(100),
                         RoundingMode::HalfUp);
}

}  // namespace thanrak
