#include "allocation/AllocationPolicy.h"

#include <QCoreApplication>

namespace thanrak {

namespace {

// `name` is marked with QT_TRANSLATE_NOOP at the call site so lupdate collects it.
AllocationHead head(const char* key, const char* name, HeadKind kind, qint64 percent) {
    return {QLatin1String(key), QCoreApplication::translate("Allocation", name), kind,
            Ratio(percent)};
}

}  // namespace

// DOMAIN.md §2 [default]: common practice for กลุ่มออมทรัพย์เพื่อการผลิต, shipped
// so a new group starts from something sensible. Every group edits these to
// its own regulation; the reserve follows the cooperative floor of 10 %.
AllocationPolicy defaultSavingsGroupPolicy() {
    AllocationPolicy policy;
    policy.heads = {
        head("reserve", QT_TRANSLATE_NOOP("Allocation", "ทุนสำรอง"), HeadKind::Reserve, 10),
        head("dividend", QT_TRANSLATE_NOOP("Allocation", "ปันผลตามเงินสัจจะสะสม"), HeadKind::Dividend,
             60),
        head("refund", QT_TRANSLATE_NOOP("Allocation", "เฉลี่ยคืนตามดอกเบี้ยเงินกู้"), HeadKind::Refund,
             15),
        head("committee", QT_TRANSLATE_NOOP("Allocation", "ค่าตอบแทนกรรมการ"), HeadKind::Lump, 5),
        head("welfare", QT_TRANSLATE_NOOP("Allocation", "สวัสดิการสมาชิก"), HeadKind::Lump, 5),
        head("public_benefit", QT_TRANSLATE_NOOP("Allocation", "สาธารณประโยชน์"), HeadKind::Lump, 3),
        head("promotion", QT_TRANSLATE_NOOP("Allocation", "ส่งเสริมและการศึกษา"), HeadKind::Lump, 2),
    };
    policy.dividendBasis = DividendBasis::TimeWeightedMonthly;
    policy.payoutRounding = PayoutRounding::Satang;
    return policy;
}

// DOMAIN.md §3 [default]: each village fund's regulation sets its own heads and
// percentages and the annual meeting approves them. These are plausible
// starting values of our choosing (summing to 100 %), not a national rule.
// Member returns follow the shares held at year end, as funds usually count them.
AllocationPolicy defaultVillageFundPolicy() {
    AllocationPolicy policy;
    policy.heads = {
        head("reserve", QT_TRANSLATE_NOOP("Allocation", "ทุนสำรอง"), HeadKind::Reserve, 20),
        head("member_return", QT_TRANSLATE_NOOP("Allocation", "ผลตอบแทนสมาชิกตามหุ้น"),
             HeadKind::Dividend, 40),
        head("risk_fund", QT_TRANSLATE_NOOP("Allocation", "กองทุนประกันความเสี่ยง"), HeadKind::Lump,
             10),
        head("committee", QT_TRANSLATE_NOOP("Allocation", "ค่าตอบแทนกรรมการ"), HeadKind::Lump, 10),
        head("welfare", QT_TRANSLATE_NOOP("Allocation", "สวัสดิการสมาชิก"), HeadKind::Lump, 10),
        head("public_benefit", QT_TRANSLATE_NOOP("Allocation", "สาธารณประโยชน์"), HeadKind::Lump,
             10),
    };
    policy.dividendBasis = DividendBasis::YearEndBalance;
    policy.dividendOn = DividendBalance::Shares;
    policy.payoutRounding = PayoutRounding::Satang;
    return policy;
}

}  // namespace thanrak
