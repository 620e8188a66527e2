#include "fund/PoolService.h"

#include "fund/FundChart.h"
#include "fund/FundError.h"
#include "fund/PoolRepository.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "money/MoneyFormat.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Fund)
};

constexpr int kMaxPools = 9;  // account codes 111n … 341n leave one digit per pool

QString makeAccount(Database& db, const CapitalPool& pool, const QString& code,
                    const QString& name, AccountType type, AccountRole role, bool perMember) {
    Account account;
    account.organisationId = pool.organisationId;
    account.code = code;
    account.name = name;
    account.type = type;
    account.role = role;
    account.perMember = perMember;
    ChartOfAccounts(db).add(account);
    return account.id;
}

void openAccounts(Database& db, CapitalPool& pool) {
    const QString n = QString::number(pool.position);
    const QString name = pool.name.trimmed();
    pool.bankAccountId = makeAccount(db, pool, QStringLiteral("111") + n,
                                     Text::tr("เงินฝากธนาคาร - %1").arg(name), AccountType::Asset,
                                     AccountRole::PoolBank, false);
    pool.loansAccountId = makeAccount(db, pool, QStringLiteral("121") + n,
                                      Text::tr("ลูกหนี้เงินกู้ - %1").arg(name), AccountType::Asset,
                                      AccountRole::PoolLoans, true);
    if (pool.kind == PoolKind::OutsideLoan)
        pool.capitalAccountId = makeAccount(
            db, pool, QStringLiteral("231") + n,
            Text::tr("เงินกู้ยืม - %1").arg(pool.outsideLoan->lender.trimmed()),
            AccountType::Liability, AccountRole::PoolCapital, false);
    else
        pool.capitalAccountId = makeAccount(db, pool, QStringLiteral("341") + n,
                                            Text::tr("ทุน - %1").arg(name), AccountType::Equity,
                                            AccountRole::PoolCapital, false);
}

// Posts the movement's entry (source "pool") and keeps the movement.
PoolMovement record(Database& db, const CapitalPool& pool, PoolMovement movement,
                    const QString& description, const QList<JournalLine>& lines) {
    movement.poolId = pool.id;
    movement.entryId = Journal(db)
                           .post({pool.organisationId, movement.date, description,
                                  QStringLiteral("pool"), pool.id, lines})
                           .id;
    PoolRepository(db).insertMovement(movement);
    return movement;
}

void requirePositive(Money amount, const char* field) {
    if (!amount.isPositive())
        throwIfAny({{QLatin1String(field), Text::tr("จำนวนเงินต้องมากกว่าศูนย์")}});
}
}  // namespace

CapitalPool PoolService::open(CapitalPool pool) {
    Transaction transaction(db_.connection());
    throwIfAny(validatePool(pool));
    PoolRepository pools(db_);
    for (const CapitalPool& other : pools.list(pool.organisationId))
        if (other.name == pool.name.trimmed())
            throwIfAny({{QStringLiteral("name"), Text::tr("กองทุนมีแหล่งเงินทุนชื่อนี้อยู่แล้ว")}});
    pool.position = pools.nextPosition(pool.organisationId);
    if (pool.position > kMaxPools)
        throw FundError(QStringLiteral("fund.pool"),
                        Text::tr("กองทุนหนึ่งมีแหล่งเงินทุนได้ไม่เกิน %1 แหล่ง").arg(kMaxPools));
    if (pool.kind != PoolKind::OutsideLoan)
        pool.outsideLoan.reset();
    installFundChart(db_, pool.organisationId);
    openAccounts(db_, pool);
    pools.insert(pool);
    transaction.commit();
    return pool;
}

CapitalPool PoolService::requirePool(const QString& poolId) {
    std::optional<CapitalPool> pool = PoolRepository(db_).find(poolId);
    if (!pool)
        throw FundError(QStringLiteral("fund.pool"), Text::tr("ไม่พบแหล่งเงินทุนนี้ในไฟล์"));
    return *pool;
}

PoolMovement PoolService::receiveCapital(const QString& poolId, const QDate& day, Money amount,
                                         const QString& source) {
    Transaction transaction(db_.connection());
    const CapitalPool pool = requirePool(poolId);
    requirePositive(amount, "amount");
    if (source.trimmed().isEmpty())
        throwIfAny({{QStringLiteral("source"),
                     Text::tr("กรุณาระบุที่มาของเงิน เช่น เงินเพิ่มทุนระยะที่ 3 จาก สทบ.")}});
    if (day < pool.openedOn)
        throwIfAny({{QStringLiteral("date"), Text::tr("วันที่รับเงินต้องไม่ก่อนวันเปิดบัญชีของแหล่งเงินทุน")}});
    const PoolMovement movement = record(
        db_, pool, {{}, {}, day, PoolMovementKind::Capital, amount, {}, source.trimmed(), {}},
        Text::tr("รับเงินเข้า%1: %2").arg(pool.name, source.trimmed()),
        {{pool.bankAccountId, amount, Money(), {}, {}, {}},
         {pool.capitalAccountId, Money(), amount, {}, {}, {}}});
    transaction.commit();
    return movement;
}

PoolMovement PoolService::deposit(const QString& poolId, const QDate& day, Money amount,
                                  const QString& note) {
    Transaction transaction(db_.connection());
    const CapitalPool pool = requirePool(poolId);
    requirePositive(amount, "amount");
    const QString cash = ChartOfAccounts(db_).require(pool.organisationId, AccountRole::Cash).id;
    const Money onHand = Balances(db_).lowestBalanceFrom(cash, day);
    if (amount > onHand)
        throw FundError(QStringLiteral("fund.pool"),
                        Text::tr("เงินสดในมือมี %1 บาท ณ วันที่ %2 นำฝาก %3 บาทไม่ได้")
                            .arg(formatMoney(std::max(onHand, Money())), formatThaiDate(day),
                                 formatMoney(amount)));
    const QString what = note.trimmed().isEmpty() ? Text::tr("นำเงินสดฝากธนาคาร") : note.trimmed();
    const PoolMovement movement =
        record(db_, pool, {{}, {}, day, PoolMovementKind::Deposit, amount, {}, what, {}},
               Text::tr("%1 เข้าบัญชี%2").arg(what, pool.name),
               {{pool.bankAccountId, amount, Money(), {}, {}, {}},
                {cash, Money(), amount, {}, {}, {}}});
    transaction.commit();
    return movement;
}

PoolMovement PoolService::withdraw(const QString& poolId, const QDate& day, Money amount,
                                   const QString& note) {
    Transaction transaction(db_.connection());
    const CapitalPool pool = requirePool(poolId);
    requirePositive(amount, "amount");
    const Money held = Balances(db_).lowestBalanceFrom(pool.bankAccountId, day);
    if (amount > held)
        throw FundError(QStringLiteral("fund.pool"),
                        Text::tr("บัญชี%1 มีเงิน %2 บาท ณ วันที่ %3 ถอน %4 บาทไม่ได้")
                            .arg(pool.name, formatMoney(held), formatThaiDate(day),
                                 formatMoney(amount)));
    const QString cash = ChartOfAccounts(db_).require(pool.organisationId, AccountRole::Cash).id;
    const QString what = note.trimmed().isEmpty() ? Text::tr("ถอนเงินจากธนาคาร") : note.trimmed();
    const PoolMovement movement =
        record(db_, pool, {{}, {}, day, PoolMovementKind::Withdrawal, amount, {}, what, {}},
               Text::tr("%1 จากบัญชี%2").arg(what, pool.name),
               {{cash, amount, Money(), {}, {}, {}},
                {pool.bankAccountId, Money(), amount, {}, {}, {}}});
    transaction.commit();
    return movement;
}

PoolMovement PoolService::repayOutsideLoan(const QString& poolId, const QDate& day,
                                           Money principal, Money interest, const QString& note) {
    Transaction transaction(db_.connection());
    const CapitalPool pool = requirePool(poolId);
    if (pool.kind != PoolKind::OutsideLoan)
        throw FundError(QStringLiteral("fund.pool"),
                        Text::tr("%1 ไม่ใช่เงินกู้ยืมจากภายนอก จึงบันทึกชำระคืนผู้ให้กู้ไม่ได้").arg(pool.name));
    if (principal.isNegative() || interest.isNegative() || !(principal + interest).isPositive())
        throwIfAny({{QStringLiteral("amount"), Text::tr("เงินต้นและดอกเบี้ยต้องไม่ติดลบ และรวมกันมากกว่าศูนย์")}});
    Balances balances(db_);
    const Money owed = balances.accountBalance(pool.capitalAccountId, day);
    if (principal > owed)
        throw FundError(QStringLiteral("fund.pool"),
                        Text::tr("ยังค้างเงินต้นกับ%1 %2 บาท ชำระเงินต้น %3 บาทเกินยอดที่ค้าง")
                            .arg(pool.outsideLoan->lender, formatMoney(owed), formatMoney(principal)));
    const Money held = balances.lowestBalanceFrom(pool.bankAccountId, day);
    if (principal + interest > held)
        throw FundError(QStringLiteral("fund.pool"),
                        Text::tr("บัญชี%1 มีเงิน %2 บาท ไม่พอชำระ %3 บาท")
                            .arg(pool.name, formatMoney(held), formatMoney(principal + interest)));
    QList<JournalLine> lines;
    if (principal.isPositive())
        lines.append({pool.capitalAccountId, principal, Money(), {}, {}, {}});
    if (interest.isPositive())
        lines.append({ChartOfAccounts(db_).require(pool.organisationId, AccountRole::InterestExpense).id,
                      interest, Money(), {}, {}, {}});
    lines.append({pool.bankAccountId, Money(), principal + interest, {}, {}, {}});
    const QString what = note.trimmed().isEmpty() ? Text::tr("ชำระคืนเงินกู้ยืม") : note.trimmed();
    const PoolMovement movement = record(
        db_, pool, {{}, {}, day, PoolMovementKind::OutsideRepayment, principal, interest, what, {}},
        Text::tr("%1 ให้%2").arg(what, pool.outsideLoan->lender), lines);
    transaction.commit();
    return movement;
}

QString PoolService::bankInterest(const QString& poolId, const QDate& day, Money amount) {
    Transaction transaction(db_.connection());
    const CapitalPool pool = requirePool(poolId);
    requirePositive(amount, "amount");
    const QString income =
        ChartOfAccounts(db_).require(pool.organisationId, AccountRole::BankInterestIncome).id;
    const QString id = Journal(db_)
                           .post({pool.organisationId, day,
                                  Text::tr("ดอกเบี้ยเงินฝากธนาคาร %1").arg(pool.name),
                                  QStringLiteral("pool"), pool.id,
                                  {{pool.bankAccountId, amount, Money(), {}, {}, {}},
                                   {income, Money(), amount, {}, {}, {}}}})
                           .id;
    transaction.commit();
    return id;
}

PoolBalance PoolService::balance(const CapitalPool& pool, const QDate& asOf) {
    Balances balances(db_);
    return {pool, balances.accountBalance(pool.bankAccountId, asOf),
            balances.accountBalance(pool.capitalAccountId, asOf),
            balances.accountBalance(pool.loansAccountId, asOf)};
}

QList<PoolBalance> PoolService::balances(const QString& organisationId, const QDate& asOf) {
    // One read for every pool account of the fund: the district overview asks
    // this of hundreds of funds at once.
    QSqlQuery q = sql::run(
        db_.connection(),
        QStringLiteral(
            "SELECT jl.account_id, sum(jl.debit) - sum(jl.credit) FROM journal_lines jl "
            "JOIN journal_entries e ON e.id = jl.entry_id WHERE e.entry_date <= ? AND "
            "jl.account_id IN (SELECT bank_account_id FROM capital_pools WHERE organisation_id = ? "
            "UNION ALL SELECT capital_account_id FROM capital_pools WHERE organisation_id = ? "
            "UNION ALL SELECT loans_account_id FROM capital_pools WHERE organisation_id = ?) "
            "GROUP BY jl.account_id"),
        {asOf.toString(Qt::ISODate), organisationId, organisationId, organisationId},
        Text::tr("การอ่านยอดแหล่งเงินทุน"));
    QHash<QString, Money> debitSide;
    while (q.next())
        debitSide.insert(q.value(0).toString(), Money::fromSatang(q.value(1).toLongLong()));
    QList<PoolBalance> result;
    for (const CapitalPool& pool : PoolRepository(db_).list(organisationId))
        result.append({pool, debitSide.value(pool.bankAccountId),
                       -debitSide.value(pool.capitalAccountId),
                       debitSide.value(pool.loansAccountId)});
    return result;
}

std::vector<Instalment> PoolService::outsideLoanSchedule(const QString& poolId) {
    const CapitalPool pool = requirePool(poolId);
    if (pool.kind != PoolKind::OutsideLoan)
        return {};
    for (const PoolMovement& m : PoolRepository(db_).movements(poolId))
        if (m.kind == PoolMovementKind::Capital)
            return buildSchedule(outsideLoanTerms(*pool.outsideLoan, m.amount, m.date));
    return {};
}

}  // namespace thanrak
