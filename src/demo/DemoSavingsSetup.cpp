#include "demo/DemoSavingsSetup.h"

#include "domain/MembershipRepository.h"
#include "ledger/ChartOfAccounts.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanProductRepository.h"
#include "savings/MemberService.h"
#include "savings/PledgeRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace thanrak::demo {

namespace {
struct ProductStory {
    const char* name;
    InterestMethod method;
    Ratio ratePercent;
    RatePeriod period;
    int maxMonths;
    Ratio savingsMultiple;
    qint64 capBaht;
};

// The four kinds of loan a typical group offers, one per interest method.
QList<ProductStory> productStories() {
    return {
        {"เงินกู้ค่าครองชีพ", InterestMethod::Flat, Ratio(1), RatePeriod::Month, 6, Ratio(1), 10000},
        {"เงินกู้สามัญ", InterestMethod::EqualPrincipal, Ratio(1), RatePeriod::Month, 12, Ratio(2),
         50000},
        {"เงินกู้เพื่อการผลิต", InterestMethod::Annuity, Ratio(3, 4), RatePeriod::Month, 10, Ratio(3),
         30000},
        {"เงินกู้ฉุกเฉิน", InterestMethod::Maturity, Ratio(12), RatePeriod::Year, 3, Ratio(0), 3000},
    };
}

LoanProduct saveProduct(Database& db, const QString& organisationId, const ProductStory& story) {
    LoanProduct product;
    product.name = QString::fromUtf8(story.name);
    product.method = story.method;
    product.ratePercent = story.ratePercent;
    product.ratePeriod = story.period;
    product.maxMonths = story.maxMonths;
    product.savingsMultiple = story.savingsMultiple;
    product.absoluteCap = Money::fromBaht(story.capBaht);
    LoanProductRepository(db).save(organisationId, product);
    return product;
}

// Most members pledge a few shares; a handful pledge the most the demo allows.
int randomShares(std::mt19937& rng) {
    static const int kShares[] = {1, 1, 2, 2, 2, 3, 3, 4, 5, 5, 6, 8, 10};
    return kShares[draw(rng, 0, static_cast<int>(std::size(kShares)) - 1)];
}

Habit randomHabit(std::mt19937& rng) {
    const int roll = draw(rng, 0, 99);
    return roll < 84 ? Habit::Reliable : roll < 95 ? Habit::Forgetful : Habit::Struggling;
}
}  // namespace

int draw(std::mt19937& rng, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(rng);
}

GroupBook setUpGroup(Database& db, std::mt19937& rng, const Organisation& group,
                     const QDate& booksFrom) {
    GroupBook book;
    book.organisationId = group.id;
    book.villageCode = group.villageCode;
    ChartOfAccounts chart(db);
    chart.installDefault(group.id);
    book.cashAccountId = chart.require(group.id, AccountRole::Cash).id;
    book.savingsAccountId = chart.require(group.id, AccountRole::MemberSavings).id;
    GroupRulesRepository(db).save(group.id, defaultGroupRules(booksFrom));
    for (const ProductStory& story : productStories())
        book.products.append(saveProduct(db, group.id, story));
    PledgeRepository pledges(db);
    for (const MemberRow& row : MembershipRepository(db).members(group.id)) {
        Pledge pledge{{}, row.membership.id, booksFrom, randomShares(rng)};
        pledges.save(pledge);
        book.habits.insert(row.membership.id, randomHabit(rng));
    }
    return book;
}

bool joinNewMember(Database& db, std::mt19937& rng, GroupBook& book, const QDate& day) {
    QSqlQuery query = sql::run(
        db.connection(),
        QStringLiteral(
            "SELECT id FROM people WHERE village_code = ? AND birth_date <= ? AND id NOT IN "
            "(SELECT person_id FROM memberships WHERE organisation_id = ?) "
            "ORDER BY national_id"),
        {book.villageCode, day.addYears(-18).toString(Qt::ISODate), book.organisationId});
    QStringList candidates;
    while (query.next()) candidates.append(query.value(0).toString());
    if (candidates.isEmpty())
        return false;
    const QString personId = candidates.at(draw(rng, 0, static_cast<int>(candidates.size()) - 1));
    const Joined joined =
        MemberService(db).join({book.organisationId, personId, day, randomShares(rng), {}});
    book.habits.insert(joined.membership.id, randomHabit(rng));
    return true;
}

void changeSomePledges(Database& db, std::mt19937& rng, const GroupBook& book, const QDate& day) {
    MemberService members(db);
    for (const MemberRow& row : MembershipRepository(db).members(book.organisationId)) {
        if (draw(rng, 0, 99) < 6)
            members.changePledge(row.membership.id, day, randomShares(rng));
    }
}

}  // namespace thanrak::demo
