#include "LedgerFixture.h"

#include "ledger/ChartOfAccounts.h"
#include "storage/Sql.h"

namespace thanrak::test {

LedgerFixture::LedgerFixture() {
    group = addOrganisation(QStringLiteral("SG35020101"), QStringLiteral("35020101"));
    ChartOfAccounts(db()).installDefault(group.id);
    memberA = addMember(group, addPerson(QStringLiteral("สมศรี"), QStringLiteral("ใจดี")), QStringLiteral("1"));
    memberB = addMember(group, addPerson(QStringLiteral("บุญมี"), QStringLiteral("ศรีสุข")), QStringLiteral("2"));
}

QString LedgerFixture::account(AccountRole role) {
    return ChartOfAccounts(db()).require(group.id, role).id;
}

JournalLine LedgerFixture::debit(AccountRole role, Money amount, const QString& membershipId) {
    return {account(role), amount, Money(), membershipId, {}, {}};
}

JournalLine LedgerFixture::credit(AccountRole role, Money amount, const QString& membershipId) {
    return {account(role), Money(), amount, membershipId, {}, {}};
}

PostedEntry LedgerFixture::post(const QDate& date, const QString& description, QList<JournalLine> lines) {
    return Journal(db()).post({group.id, date, description, QStringLiteral("manual"), {}, std::move(lines)});
}

int LedgerFixture::entryCount() {
    return sql::scalar(db().connection(), QStringLiteral("SELECT count(*) FROM journal_entries")).toInt() +
           sql::scalar(db().connection(), QStringLiteral("SELECT count(*) FROM journal_lines")).toInt();
}

}  // namespace thanrak::test
