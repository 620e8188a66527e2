#include "fund/FundOverview.h"

#include "domain/OrganisationRepository.h"
#include "fund/GradeRepository.h"
#include "fund/PoolService.h"
#include "money/MoneyFormat.h"
#include "savings/LoanRegister.h"

namespace thanrak {

QString percentTwoPlaces(const Ratio& percent) {
    // Counted as satang, a hundredth is exactly one "satang" of the percentage.
    return formatMoney(roundToSatang(percent * Ratio(100), RoundingMode::HalfUp));
}

Ratio FundOverviewRow::overdueShare() const {
    return arrearsPercent(overduePrincipal, loansOutstanding);
}

Ratio FundOverviewTotals::overdueShare() const {
    return arrearsPercent(overduePrincipal, loansOutstanding);
}

QList<FundOverviewRow> fundOverview(Database& db, const QDate& asOf,
                                    const QString& subdistrictCode) {
    OrganisationFilter filter;
    filter.kind = OrganisationKind::VillageFund;
    filter.subdistrictCode = subdistrictCode;
    QList<FundOverviewRow> rows;
    PoolService pools(db);
    GradeRepository grades(db);
    for (const OrganisationSummary& s : OrganisationRepository(db).list(filter)) {
        FundOverviewRow row;
        row.organisationId = s.organisation.id;
        row.code = s.organisation.code;
        row.name = s.organisation.name;
        row.villageLabel = s.villageLabel;
        row.subdistrictName = s.subdistrictName;
        row.members = s.activeMembers;
        for (const PoolBalance& b : pools.balances(s.organisation.id, asOf)) {
            ++row.pools;
            row.poolsHeld += b.held;
            if (b.pool.kind != PoolKind::OutsideLoan)
                row.capital += b.capital;
        }
        const LoanRegisterTotals loans =
            loanTotalsOn(db, s.organisation.id, asOf);
        row.loansOutstanding = loans.outstanding;
        row.overduePrincipal = loans.outstandingInArrears;
        row.activeLoans = loans.active;
        row.loansInArrears = loans.inArrears;
        const QList<FundGrade> graded = grades.ofFund(s.organisation.id);
        if (!graded.isEmpty()) {
            row.grade = graded.first().result.grade;
            row.gradeYear = graded.first().year;
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const FundOverviewRow& a, const FundOverviewRow& b) {
        return a.subdistrictName != b.subdistrictName ? a.subdistrictName < b.subdistrictName
                                                      : a.code < b.code;
    });
    return rows;
}

FundOverviewTotals fundOverviewTotals(const QList<FundOverviewRow>& rows) {
    FundOverviewTotals t;
    for (const FundOverviewRow& r : rows) {
        ++t.funds;
        t.members += r.members;
        t.poolsHeld += r.poolsHeld;
        t.loansOutstanding += r.loansOutstanding;
        t.overduePrincipal += r.overduePrincipal;
    }
    return t;
}

}  // namespace thanrak
