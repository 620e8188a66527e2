#include "demo/DemoFundSetup.h"

#include "demo/DemoSavingsSetup.h"
#include "domain/MembershipRepository.h"
#include "fund/FundChart.h"
#include "fund/PoolService.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanProductRepository.h"

namespace thanrak::demo {

namespace {
CapitalPool pool(const Organisation& fund, PoolKind kind, const char* name, const char* bank,
                 const QString& accountNo, const QDate& opened) {
    CapitalPool p;
    p.organisationId = fund.id;
    p.kind = kind;
    p.name = QString::fromUtf8(name);
    p.bankName = QString::fromUtf8(bank);
    p.bankAccountNo = accountNo;
    p.openedOn = opened;
    return p;
}

QString accountNo(std::mt19937& rng) {
    return QStringLiteral("0%1-2-%2-%3")
        .arg(draw(rng, 10, 99))
        .arg(draw(rng, 10000, 99999))
        .arg(draw(rng, 0, 9));
}

void setRules(Database& db, const Organisation& fund, const QDate& booksFrom) {
    GroupRules r = defaultGroupRules(booksFrom);
    r.shareValue = Money::fromBaht(100);
    r.entranceFee = Money::fromBaht(50);
    r.allocation = defaultVillageFundPolicy();
    r.lateSajjaFine = FineRule::none();
    r.lateInstalmentFine = FineRule::fixedAmount(Money::fromBaht(100));
    GroupRulesRepository(db).save(fund.id, r);
}

QString addRoundProduct(Database& db, const Organisation& fund) {
    LoanProduct p;
    p.name = QStringLiteral("เงินกู้รอบปกติ (ชำระคืนครั้งเดียวเมื่อครบปี)");
    p.savingsMultiple = Ratio();
    p.absoluteCap = Money::fromBaht(50000);
    p.maxMonths = 12;
    p.ratePercent = Ratio(6);
    p.ratePeriod = RatePeriod::Year;
    p.method = InterestMethod::Maturity;
    p.guarantorThreshold = Money::fromBaht(50000);
    LoanProductRepository(db).save(fund.id, p);
    return p.id;
}

// Each member's shares brought forward into บัญชี 2: 5 to 50 shares of 100 baht.
void openingShares(Database& db, std::mt19937& rng, const FundBook& book, const QDate& day) {
    const QString shares =
        ChartOfAccounts(db).require(book.organisationId, AccountRole::MemberShares).id;
    QList<JournalLine> lines;
    Money total;
    for (const MemberRow& row : MembershipRepository(db).members(book.organisationId)) {
        if (!row.membership.activeOn(day))
            continue;
        const Money amount = Money::fromBaht(100) * draw(rng, 5, 50);
        lines.append({shares, Money(), amount, row.membership.id, {}, {}});
        total += amount;
    }
    if (lines.isEmpty())
        return;
    lines.prepend({book.own.bankAccountId, total, Money(), {}, {}, {}});
    Journal(db).post({book.organisationId, day, QStringLiteral("ยอดยกมา ทุนเรือนหุ้นของสมาชิก"),
                      QStringLiteral("manual"), {}, lines});
}
}  // namespace

FundBook setUpFund(Database& db, std::mt19937& rng, const Organisation& fund, int index,
                   const QDate& booksFrom) {
    installFundChart(db, fund.id);
    setRules(db, fund, booksFrom);
    FundBook book;
    book.organisationId = fund.id;
    book.index = index;
    book.roundProductId = addRoundProduct(db, fund);
    PoolService pools(db);
    book.government = pools.open(pool(fund, PoolKind::Government, "เงินทุนจากรัฐบาล (บัญชี 1)",
                                      "ธ.ก.ส. สาขากุดชุม", accountNo(rng), booksFrom));
    pools.receiveCapital(book.government.id, booksFrom, Money::fromBaht(1000000),
                         QStringLiteral("ยอดยกมา เงินจัดสรรจากรัฐบาล 1 ล้านบาท"));
    book.lendingPools.append(book.government);
    book.own = pools.open(pool(fund, PoolKind::Own, "เงินทุนของกองทุน (บัญชี 2)", "ธนาคารออมสิน สาขากุดชุม",
                               accountNo(rng), booksFrom));
    openingShares(db, rng, book, booksFrom);
    if (index % 5 == 2) {
        const CapitalPool project = pools.open(pool(fund, PoolKind::Project,
                                                    "เงินโครงการประชารัฐ", "ธ.ก.ส. สาขากุดชุม",
                                                    accountNo(rng), booksFrom));
        pools.receiveCapital(project.id, booksFrom, Money::fromBaht(300000),
                             QStringLiteral("ยอดยกมา เงินโครงการประชารัฐ"));
        book.lendingPools.append(project);
    }
    return book;
}

}  // namespace thanrak::demo
