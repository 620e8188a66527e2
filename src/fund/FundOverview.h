#pragma once

#include "money/Money.h"
#include "money/Ratio.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace thanrak {

class Database;

// One village fund as the district office sees it on a day.
struct FundOverviewRow {
    QString organisationId;
    QString code;
    QString name;
    QString villageLabel;
    QString subdistrictName;
    int members = 0;
    int pools = 0;
    Money poolsHeld;          // Σ the pools' bank accounts
    Money capital;            // Σ government, project and own capital received
    Money loansOutstanding;   // principal lent and not repaid
    Money overduePrincipal;   // principal of the loans in arrears
    int activeLoans = 0;
    int loansInArrears = 0;
    QString grade;  // the latest grade, empty when never graded
    int gradeYear = 0;

    // overduePrincipal / loansOutstanding in percent, exact; 0 with no loans.
    Ratio overdueShare() const;
};

struct FundOverviewTotals {
    int funds = 0;
    int members = 0;
    Money poolsHeld;
    Money loansOutstanding;
    Money overduePrincipal;
    Ratio overdueShare() const;
};

// A percentage rounded half-up to two decimals for screens and reports: "33.33".
QString percentTwoPlaces(const Ratio& percent);

// Every village fund of the file (or of one tambon), ordered by tambon, then
// code. Reads each fund's pools and loan register on `asOf`.
QList<FundOverviewRow> fundOverview(Database& db, const QDate& asOf,
                                    const QString& subdistrictCode = {});
FundOverviewTotals fundOverviewTotals(const QList<FundOverviewRow>& rows);

}  // namespace thanrak
