#include "demo/DemoDistrict.h"

#include "base/Csv.h"
#include "base/Error.h"
#include "demo/DemoNames.h"
#include "demo/DemoOrganisations.h"
#include "demo/DemoOtop.h"
#include "demo/DemoPeople.h"
#include "demo/DemoPlans.h"
#include "demo/DemoFundActivity.h"
#include "demo/DemoSavingsActivity.h"
#include "domain/PersonRepository.h"
#include "domain/PlaceRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>

#include <random>

namespace thanrak {

namespace {
// code,district_code,name_th,name_en,postcode
QList<Subdistrict> shippedSubdistricts() {
    QFile file(QStringLiteral(":/demo/demo_subdistricts.csv"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("demo.missing"),
                    QCoreApplication::translate("Demo", "ไม่พบข้อมูลตำบลของอำเภอตัวอย่าง"));
    QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    rows.removeFirst();
    QList<Subdistrict> result;
    for (const QStringList& row : rows)
        result.append({row.at(0), row.at(1), row.at(2), row.at(3), row.at(4)});
    return result;
}

// Spreads `villages` over the tambons, the first ones getting one more.
QList<int> villagesPerSubdistrict(int villages, int subdistricts) {
    QList<int> counts(subdistricts, villages / subdistricts);
    for (int i = 0; i < villages % subdistricts; ++i) ++counts[i];
    return counts;
}

QList<Person> addVillagePeople(Database& database, std::mt19937& rng, const Village& village,
                               const QString& districtCode, const DemoOptions& options,
                               DemoSummary& summary) {
    PersonRepository peopleRepository(database);
    QList<Person> people;
    const int count = std::uniform_int_distribution<int>(60, 140)(rng);
    for (int i = 0; i < count; ++i) {
        Person person = demo::makePerson(rng, village.code, districtCode, options.today);
        if (peopleRepository.findByNationalId(person.nationalId))
            continue;  // a random ID repeated; skip rather than bend the rule
        peopleRepository.save(person);
        people.append(person);
    }
    summary.people += static_cast<int>(people.size());
    for (OrganisationKind kind : {OrganisationKind::SavingsGroup, OrganisationKind::VillageFund}) {
        const demo::VillageCounts counts =
            demo::addOrganisation(database, rng, kind, village.code, village.nameTh, people,
                                  {options.today, options.booksFrom});
        summary.organisations += counts.organisations;
        summary.memberships += counts.memberships;
        summary.committeeSeats += counts.committeeSeats;
    }
    return people;
}
// The demo writes a district's two years in one transaction; with SQLite's
// default page cache (2 MB) its pages would spill to the WAL and be read back
// again and again. A larger cache while it runs, then the old size.
class LargerPageCache {
public:
    explicit LargerPageCache(QSqlDatabase& db)
        : db_(db), old_(sql::scalar(db, QStringLiteral("PRAGMA cache_size")).toInt()) {
        sql::run(db_, QStringLiteral("PRAGMA cache_size = -262144"));  // 256 MB at most
    }
    ~LargerPageCache() {
        try {
            sql::run(db_, QStringLiteral("PRAGMA cache_size = %1").arg(old_));
        } catch (const Error&) {
            // Only the cache size is lost; the district is written or rolled back.
        }
    }
    LargerPageCache(const LargerPageCache&) = delete;
    LargerPageCache& operator=(const LargerPageCache&) = delete;

private:
    QSqlDatabase& db_;
    int old_;
};
}  // namespace

DemoSummary createDemoDistrict(Database& database, const DemoOptions& options) {
    const QList<Subdistrict> subdistricts = shippedSubdistricts();
    std::mt19937 rng(options.seed);
    PlaceRepository places(database);
    const LargerPageCache cache(database.connection());
    Transaction transaction(database.connection());
    DemoSummary summary;
    summary.districtCode = subdistricts.front().districtCode;
    summary.districtName =
        sql::scalar(database.connection(),
                    QStringLiteral("SELECT name_th FROM districts WHERE code = ?"),
                    {summary.districtCode})
            .toString();
    const QList<int> perSubdistrict =
        villagesPerSubdistrict(options.villages, static_cast<int>(subdistricts.size()));
    int nameIndex = 0;
    QList<demo::VillagePeople> villages;
    for (int s = 0; s < subdistricts.size(); ++s) {
        places.addSubdistrict(subdistricts.at(s));
        ++summary.subdistricts;
        for (int moo = 1; moo <= perSubdistrict.at(s); ++moo) {
            const QString name = demo::villageNames().at(nameIndex++ % demo::villageNames().size());
            const Village village{
                subdistricts.at(s).code + QStringLiteral("%1").arg(moo, 2, 10, QLatin1Char('0')),
                subdistricts.at(s).code, moo, name};
            places.addVillage(village);
            ++summary.villages;
            const QList<Person> people =
                addVillagePeople(database, rng, village, summary.districtCode, options, summary);
            villages.append({village, people});
        }
    }
    const demo::ActivityCounts activity =
        demo::addSavingsActivity(database, options.seed, options.booksFrom, options.today);
    summary.meetings = activity.meetings;
    summary.receipts = activity.receipts;
    summary.loans = activity.loans;
    summary.memberships += activity.joined;
    const demo::FundCounts funds = demo::addFundActivity(
        database, options.seed, QDate(options.booksFrom.year() - 1, 1, 1), options.today);
    summary.fundRounds = funds.rounds;
    summary.fundLoans = funds.loans;
    summary.fundStatements = funds.statements;
    const demo::OtopCounts otop = demo::addOtop(database, options.seed, villages, options.today);
    summary.otopProducers = otop.producers;
    summary.otopProducts = otop.products;
    summary.otopCertificates = otop.certificates;
    summary.otopRatings = otop.ratings;
    summary.otopSales = otop.sales;
    const demo::PlanCounts plans = demo::addBusinessPlans(database, options.seed, options.today);
    summary.businessPlans = plans.plans;
    summary.planVersions = plans.versions;
    summary.planCards = plans.items;
    summary.planLinks = plans.links;
    summary.planKsnb = plans.ksnb;
    summary.planAttachments = plans.attachments;
    transaction.commit();
    return summary;
}

}  // namespace thanrak
