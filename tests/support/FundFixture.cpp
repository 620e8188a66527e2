#include "support/FundFixture.h"

#include "fund/FundChart.h"
#include "fund/LoanRoundService.h"
#include "fund/PoolService.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "savings/LoanProductRepository.h"
#include "savings/MemberService.h"
#include "storage/Sql.h"

namespace thanrak::test {

FundFixture::FundFixture() {
    fund = addOrganisation(QStringLiteral("VF35020102"), QStringLiteral("35020102"),
                           OrganisationKind::VillageFund);
    installFundChart(db(), fund.id);
    GroupRules r = defaultGroupRules(QDate(2025, 1, 1));
    r.allocation = defaultVillageFundPolicy();
    r.entranceFee = Money();
    r.lateInstalmentFine = FineRule::none();
    r.lateSajjaFine = FineRule::none();
    rules = GroupRulesRepository(db()).save(fund.id, r);
    LoanProduct p;
    p.name = QStringLiteral("เงินกู้รอบปกติ");
    p.savingsMultiple = Ratio();
    p.absoluteCap = Money::fromBaht(50000);
    p.maxMonths = 12;
    p.ratePercent = Ratio(6);
    p.ratePeriod = RatePeriod::Year;
    p.method = InterestMethod::Maturity;
    p.guarantorThreshold = Money::fromBaht(50000);
    LoanProductRepository(db()).save(fund.id, p);
    roundProduct = p.id;
    CapitalPool pool;
    pool.organisationId = fund.id;
    pool.kind = PoolKind::Government;
    pool.name = QStringLiteral("เงินทุนจากรัฐบาล (บัญชี 1)");
    pool.bankName = QStringLiteral("ธ.ก.ส. สาขากุดชุม");
    pool.bankAccountNo = QStringLiteral("020-1-12345-6");
    pool.openedOn = QDate(2025, 1, 1);
    PoolService pools(db());
    government = pools.open(pool);
    pools.receiveCapital(government.id, QDate(2025, 1, 10), Money::fromBaht(1000000),
                         QStringLiteral("เงินจัดสรรจากรัฐบาล 1 ล้านบาท (ยอดยกมา)"));
}

QString FundFixture::join(const QString& firstName, const QDate& day) {
    const Person person = addPerson(firstName, QStringLiteral("ทดสอบ"));
    return MemberService(db()).join({fund.id, person.id, day, 1, {}}).membership.id;
}

LoanRound FundFixture::openRound(const QString& poolId) {
    LoanRound r;
    r.organisationId = fund.id;
    r.poolId = poolId.isEmpty() ? government.id : poolId;
    r.productId = roundProduct;
    r.title = QStringLiteral("เงินกู้เพื่อการเกษตร ปี 2568");
    r.openedOn = QDate(2025, 1, 1);
    r.applyBy = QDate(2025, 1, 31);
    r.contractFee = Money::fromBaht(50);
    r.riskFundPercent = Ratio(1);
    return LoanRoundService(db()).open(r);
}

QString FundFixture::lendInRound(const LoanRound& round, const QString& membershipId,
                                 Money amount, const QDate& paidOn) {
    LoanRoundService rounds(db());
    const Loan applied = rounds.apply({round.id, membershipId, round.openedOn.addDays(14), amount, 0,
                                       QStringLiteral("ซื้อปุ๋ยและเมล็ดพันธุ์ข้าว"), {}});
    rounds.approve(applied.id, {round.applyBy, amount, {}, false});
    return rounds.disburse(applied.id, paidOn).disbursement.loan.id;
}

Money FundFixture::balanceOf(const QString& accountId, const QDate& asOf) {
    return Balances(db()).accountBalance(accountId, asOf);
}

Money FundFixture::roleBalance(AccountRole role, const QDate& asOf) {
    return balanceOf(ChartOfAccounts(db()).require(fund.id, role).id, asOf);
}

int FundFixture::rows(const char* table) {
    return sql::scalar(db().connection(),
                       QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toInt();
}

QStringList FundFixture::footprint() {
    QStringList counts;
    for (const char* table : {"journal_entries", "journal_lines", "receipts", "receipt_lines",
                              "loans", "loan_instalments", "pool_movements", "loan_rounds",
                              "bank_statements", "bank_statement_lines", "fund_grades"})
        counts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(rows(table));
    counts << sql::scalar(db().connection(),
                          QStringLiteral("SELECT group_concat(status, ',') FROM (SELECT status "
                                         "FROM loans ORDER BY id)"))
                  .toString();
    return counts;
}

}  // namespace thanrak::test
