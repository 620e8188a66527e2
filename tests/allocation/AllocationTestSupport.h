#pragma once

#include "support/CatchMoney.h"

#include "allocation/AllocationCalculator.h"
#include "money/MoneyFormat.h"

#include <initializer_list>

namespace thanrak::test {

inline Money satang(qint64 value) {
    return Money::fromSatang(value);
}

// A member's year from amounts in satang; `deposits` lists months 1..12.
inline MemberYear memberYear(const char* id, qint64 openingSatang,
                             std::initializer_list<qint64> depositsSatang,
                             qint64 interestSatang = 0) {
    MemberYear member;
    member.membershipId = QString::fromUtf8(id);
    member.openingBalance = satang(openingSatang);
    std::size_t month = 0;
    for (qint64 deposit : depositsSatang) member.deposits.at(month++) = satang(deposit);
    member.interestPaid = satang(interestSatang);
    return member;
}

// The code and every problem message of the AllocationError `f` throws, or "" if none.
template <typename F>
QString allocationFailure(F&& f) {
    try {
        f();
    } catch (const AllocationError& e) {
        return e.code() + QStringLiteral("|") + e.message();
    }
    return {};
}

}  // namespace thanrak::test
