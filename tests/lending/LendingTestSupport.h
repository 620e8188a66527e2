#pragma once

#include "support/CatchMoney.h"

#include "base/Error.h"
#include "lending/LoanSchedule.h"
#include "lending/LoanTerms.h"
#include "money/MoneyFormat.h"
#include "money/Ratio.h"

#include <QDate>

namespace thanrak::test {

// "1,055.82" -> 105582 satang; worked numbers read as they are written.
inline Money money(const char* text) {
    return parseMoney(QString::fromUtf8(text));
}

inline QDate date(const char* iso) {
    return QDate::fromString(QString::fromUtf8(iso), Qt::ISODate);
}

// Terms with the rate given in percent, as treasurers quote it ("1" = 1 %).
inline LoanTerms loan(const char* principal, const char* percent, RatePeriod period, int months,
                      InterestMethod method, const char* start = "2024-01-15") {
    return LoanTerms{money(principal), Ratio::percent(QString::fromUtf8(percent)),
                     period,           months,
                     method,           date(start),
                     std::nullopt};
}

// The code of the thanrak::Error thrown by `f`, or "" when it throws nothing.
template <typename F>
QString errorCode(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return {};
}

// One schedule row as the worked tables in worked_numbers.py print it.
struct ExpectedRow {
    const char* principal;
    const char* interest;
    const char* payment;
    const char* balance;
};

inline void checkRow(const Instalment& row, const ExpectedRow& expected) {
    INFO("instalment " << row.number);
    CHECK(row.principal == money(expected.principal));
    CHECK(row.interest == money(expected.interest));
    CHECK(row.payment == money(expected.payment));
    CHECK(row.balance == money(expected.balance));
}

}  // namespace thanrak::test
