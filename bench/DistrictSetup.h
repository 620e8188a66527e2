#pragma once

#include "savings/LoanProduct.h"

#include <QDate>
#include <QList>
#include <QString>

namespace thanrak {
class Database;
}

namespace thanrak::bench {

// One savings group of the bench district, set up through the repositories,
// with the accounts its history posts to.
struct BenchGroup {
    QString organisationId;
    QString villageCode;
    QString rulesId;
    QString cash, savings, loans, interest, fines, fees;  // account ids by role
    QList<LoanProduct> products;  // flat, equal principal, annuity, maturity
};

// `count` villages of อำเภอกุดชุม (made-up tambons 350311…), each with a savings
// group: default chart, default rules (fines) from `rulesFrom`, four products.
QList<BenchGroup> setUpDistrict(Database& database, int count, const QDate& rulesFrom);

}  // namespace thanrak::bench
