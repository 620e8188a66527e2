#pragma once

#include <QDate>

namespace thanrak {
class Database;
}

namespace thanrak::demo {

struct FundCounts {
    int funds = 0;
    int rounds = 0;
    int loans = 0;         // paid out in rounds
    int renewals = 0;      // ต่อสัญญา
    int restructured = 0;  // ปรับโครงสร้างหนี้
    int statements = 0;    // bank statements reconciled
    int grades = 0;
};

// Every demo village fund keeps its books from `booksFrom` (a 1 January):
// pools brought forward, a loan round a year on each lending pool (applied in
// January, approved on 10 February, paid on 15 February, repaid once a year
// later), shares bought in January, an outside loan for some, renewals,
// restructurings and arrears, bank statements reconciled twice a year, each
// complete year allocated at the annual meeting and graded in March. Up to
// `today`; `seed` makes the same story every time.
FundCounts addFundActivity(Database& database, quint32 seed, const QDate& booksFrom,
                           const QDate& today);

}  // namespace thanrak::demo
