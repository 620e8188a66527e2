#include "DistrictSetup.h"

#include "domain/OrganisationRepository.h"
#include "domain/PlaceRepository.h"
#include "ledger/ChartOfAccounts.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanProductRepository.h"

namespace thanrak::bench {

namespace {
constexpr int kVillagesPerTambon = 20;

LoanProduct product(const char* name, InterestMethod method, Ratio rate, RatePeriod period,
                    int months, qint64 capBaht) {
    LoanProduct p;
    p.name = QString::fromUtf8(name);
    p.method = method;
    p.ratePercent = std::move(rate);
    p.ratePeriod = period;
    p.maxMonths = months;
    p.absoluteCap = Money::fromBaht(capBaht);
    p.savingsMultiple = Ratio(0);
    return p;
}

QList<LoanProduct> saveProducts(Database& db, const QString& organisationId) {
    QList<LoanProduct> products{
        product("เงินกู้ค่าครองชีพ", InterestMethod::Flat, Ratio(1), RatePeriod::Month, 6, 10000),
        product("เงินกู้สามัญ", InterestMethod::EqualPrincipal, Ratio(1), RatePeriod::Month, 12, 50000),
        product("เงินกู้เพื่อการผลิต", InterestMethod::Annuity, Ratio(3, 4), RatePeriod::Month, 10,
                30000),
        product("เงินกู้ฉุกเฉิน", InterestMethod::Maturity, Ratio(12), RatePeriod::Year, 3, 3000)};
    LoanProductRepository repository(db);
    for (LoanProduct& p : products) repository.save(organisationId, p);
    return products;
}

BenchGroup setUpGroup(Database& db, const QString& villageCode, const QDate& rulesFrom) {
    Organisation org;
    org.kind = OrganisationKind::SavingsGroup;
    org.code = QStringLiteral("SG") + villageCode;
    org.name = QStringLiteral("กลุ่มออมทรัพย์เพื่อการผลิตบ้านทดสอบ ") + villageCode;
    org.villageCode = villageCode;
    org.registeredOn = rulesFrom;
    OrganisationRepository(db).save(org);
    ChartOfAccounts chart(db);
    chart.installDefault(org.id);
    BenchGroup g{org.id, villageCode, {}, {}, {}, {}, {}, {}, {}, {}};
    g.rulesId = GroupRulesRepository(db).save(org.id, defaultGroupRules(rulesFrom)).id;
    g.cash = chart.require(org.id, AccountRole::Cash).id;
    g.savings = chart.require(org.id, AccountRole::MemberSavings).id;
    g.loans = chart.require(org.id, AccountRole::LoansReceivable).id;
    g.interest = chart.require(org.id, AccountRole::InterestIncome).id;
    g.fines = chart.require(org.id, AccountRole::FineIncome).id;
    g.fees = chart.require(org.id, AccountRole::FeeIncome).id;
    g.products = saveProducts(db, org.id);
    return g;
}
}  // namespace

QList<BenchGroup> setUpDistrict(Database& db, int count, const QDate& rulesFrom) {
    PlaceRepository places(db);
    QList<BenchGroup> groups;
    for (int i = 0; i < count; ++i) {
        const int tambon = 11 + i / kVillagesPerTambon;
        const QString tambonCode = QStringLiteral("3503%1").arg(tambon, 2, 10, QLatin1Char('0'));
        if (i % kVillagesPerTambon == 0)
            places.addSubdistrict({tambonCode,
                                   QStringLiteral("3503"),
                                   QStringLiteral("ทดสอบ %1").arg(tambon),
                                   {},
                                   QStringLiteral("35140")});
        const int moo = 1 + i % kVillagesPerTambon;
        const Village village{tambonCode + QStringLiteral("%1").arg(moo, 2, 10, QLatin1Char('0')),
                              tambonCode, moo, QStringLiteral("บ้านทดสอบ %1").arg(i + 1)};
        places.addVillage(village);
        groups.append(setUpGroup(db, village.code, rulesFrom));
    }
    return groups;
}

}  // namespace thanrak::bench
