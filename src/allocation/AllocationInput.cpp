#include "allocation/AllocationInput.h"

#include "money/MoneyFormat.h"

#include <QCoreApplication>
#include <QSet>

namespace thanrak {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Allocation)
};

// Thai users think in B.E. (2567 = 2024); a year past 2200 is almost surely one.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

void checkBalances(const MemberYear& member, AllocationProblems& problems) {
    const QString& id = member.membershipId;
    if (member.openingBalance.isNegative()) {
        problems.push_back({id, Text::tr("ยอดยกมาของสมาชิก %1 ติดลบ (%2 บาท)")
                                    .arg(id, formatMoney(member.openingBalance))});
        return;
    }
    Money balance = member.openingBalance;
    for (std::size_t month = 0; month < member.deposits.size(); ++month) {
        balance += member.deposits[month];
        if (balance.isNegative()) {
            problems.push_back(
                {id, Text::tr("เงินออมของสมาชิก %1 ติดลบในเดือนที่ %2 (คงเหลือ %3 บาท)")
                         .arg(id, QString::number(month + 1), formatMoney(balance))});
            return;  // later months would only repeat the same mistake
        }
    }
}

void checkMember(const MemberYear& member, std::size_t index, QSet<QString>& seen,
                 AllocationProblems& problems) {
    const QString& id = member.membershipId;
    if (id.trimmed().isEmpty())
        problems.push_back({{}, Text::tr("สมาชิกรายการที่ %1 ไม่มีเลขทะเบียนสมาชิก").arg(index + 1)});
    else if (seen.contains(id))
        problems.push_back({id, Text::tr("เลขทะเบียนสมาชิก %1 ซ้ำกัน").arg(id)});
    seen.insert(id);
    checkBalances(member, problems);
    if (member.interestPaid.isNegative())
        problems.push_back({id, Text::tr("ดอกเบี้ยที่สมาชิก %1 จ่ายติดลบ (%2 บาท)")
                                    .arg(id, formatMoney(member.interestPaid))});
}

}  // namespace

Money yearEndBalance(const MemberYear& member) {
    Money balance = member.openingBalance;
    for (Money deposit : member.deposits) balance += deposit;
    return balance;
}

Ratio timeWeightedBalance(const MemberYear& member) {
    // Twelve twelfths for the opening balance, then money saved in month m is
    // held for the 12 − m + 1 months from m to the year end.
    Ratio weighted(member.openingBalance.satang());
    for (std::size_t i = 0; i < member.deposits.size(); ++i) {
        const qint64 monthsHeld = 12 - static_cast<qint64>(i);
        weighted += Ratio(member.deposits[i].satang()) * Ratio(monthsHeld, 12);
    }
    return weighted;
}

AllocationProblems validateInput(const AllocationInput& input) {
    AllocationProblems problems;
    if (input.year < kFirstYear || input.year > kLastYear)
        problems.push_back(
            {{}, Text::tr("ปีบัญชี %1 ไม่ถูกต้อง ต้องเป็นปี ค.ศ. (เช่น 2024 ไม่ใช่ 2567)").arg(input.year)});
    QSet<QString> seen;
    for (std::size_t i = 0; i < input.members.size(); ++i)
        checkMember(input.members[i], i, seen, problems);
    return problems;
}

void checkInput(const AllocationInput& input) {
    AllocationProblems problems = validateInput(input);
    if (!problems.empty())
        throw AllocationError(QStringLiteral("allocation.input"), std::move(problems));
}

}  // namespace thanrak
