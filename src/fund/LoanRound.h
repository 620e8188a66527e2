#pragma once

#include "domain/Validation.h"
#include "money/Money.h"
#include "money/Ratio.h"

#include <QDate>
#include <QString>

namespace thanrak {

// A loan round (รอบการให้กู้): the fund committee opens it, members apply
// until `applyBy`, the committee approves amounts, contracts are signed and
// the money is paid from one capital pool (DOMAIN.md §3 [default]).
struct LoanRound {
    QString id;
    QString organisationId;
    QString poolId;
    QString productId;  // rate, method and term of the round's contracts
    int year = 0;       // C.E. year the round opened; numbers restart each year
    int roundNo = 0;
    QString title;
    QDate openedOn;
    QDate applyBy;
    Money ordinaryCap = Money::fromBaht(20000);  // วงเงินกู้ปกติต่อราย
    Money raisedCap = Money::fromBaht(50000);    // with the committee's special approval
    Money contractFee;                           // ค่าธรรมเนียมสัญญา per contract
    Ratio riskFundPercent;  // เงินประกันความเสี่ยง: percentage points of the amount lent
    QDate closedOn;

    bool isOpen() const { return !closedOn.isValid(); }
};

// "1/2569": the round's number with the B.E. year.
QString roundNoText(const LoanRound& round);

FieldProblems validateRound(const LoanRound& round);

// The risk-fund money taken when `amount` is lent: amount × percent / 100,
// half-up to the satang.
Money riskFundFor(const LoanRound& round, Money amount);

}  // namespace thanrak
