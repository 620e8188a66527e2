#include "demo/DemoOtop.h"

#include "demo/DemoOtopCatalogue.h"
#include "demo/DemoOtopCertificates.h"
#include "demo/DemoOtopPhoto.h"
#include "demo/DemoOtopSales.h"
#include "demo/DemoSavingsSetup.h"
#include "domain/OrganisationRepository.h"
#include "otop/CertificateRepository.h"
#include "otop/ProducerRepository.h"
#include "otop/ProductRepository.h"

#include <QStringList>

namespace thanrak::demo {

namespace {

QDate randomDay(std::mt19937& rng, const QDate& from, const QDate& to) {
    return from.addDays(draw(rng, 0, static_cast<int>(from.daysTo(to))));
}

QString phoneNumber(std::mt19937& rng) {
    return QStringLiteral("0%1%2-%3-%4")
        .arg(draw(rng, 8, 9))
        .arg(draw(rng, 0, 9))
        .arg(draw(rng, 100, 999))
        .arg(draw(rng, 0, 9999), 4, 10, QLatin1Char('0'));
}

// An adult of the village; a woman for "แม่…", a man for "พ่อ…".
const Person& pickPerson(std::mt19937& rng, const QList<Person>& people, const QString& pattern,
                         const QDate& today) {
    const bool mother = pattern.contains(QStringLiteral("แม่%1"));
    const bool father = pattern.contains(QStringLiteral("พ่อ%1"));
    QList<int> fitting;
    for (int i = 0; i < people.size(); ++i) {
        const Person& p = people.at(i);
        const bool male = p.title == QStringLiteral("นาย");
        if (p.birthDate.isValid() && p.birthDate.addYears(30) > today)
            continue;
        if ((mother && male) || (father && !male))
            continue;
        fitting.append(i);
    }
    if (fitting.isEmpty())
        return people.at(draw(rng, 0, static_cast<int>(people.size()) - 1));
    return people.at(fitting.at(draw(rng, 0, static_cast<int>(fitting.size()) - 1)));
}

QString savingsGroupOf(Database& db, const QString& villageCode) {
    OrganisationFilter filter;
    filter.villageCode = villageCode;
    filter.kind = OrganisationKind::SavingsGroup;
    const QList<OrganisationSummary> found = OrganisationRepository(db).list(filter);
    return found.isEmpty() ? QString() : found.front().organisation.id;
}

OtopProducer registerProducer(Database& db, std::mt19937& rng, const ProducerPlan& plan,
                              const VillagePeople& place, int number, const QDate& today) {
    const QString pattern = QString::fromUtf8(plan.name);
    const Person& person = pickPerson(rng, place.people, pattern, today);
    OtopProducer producer;
    producer.type = plan.type;
    producer.villageCode = place.village.code;
    producer.personId = person.id;
    producer.contactName = personDisplayName(person);
    producer.phone = person.phone.isEmpty() ? phoneNumber(rng) : person.phone;
    producer.registeredOn = randomDay(rng, QDate(2004, 1, 1), QDate(2022, 12, 31));
    producer.registrationNo = QStringLiteral("OTOP-%1-%2")
                                  .arg(place.village.subdistrictCode)
                                  .arg(number, 2, 10, QLatin1Char('0'));
    switch (plan.type) {
        case ProducerType::CommunityGroup:
            // The village's savings group keeps the group's money.
            producer.name = pattern.arg(place.village.nameTh);
            producer.organisationId = savingsGroupOf(db, place.village.code);
            producer.memberCount = draw(rng, 12, 45);
            break;
        case ProducerType::SingleOwner:
            producer.name = pattern.arg(person.firstName);
            producer.memberCount = draw(rng, 1, 4);
            break;
        case ProducerType::Sme:
            producer.name = pattern;
            producer.memberCount = draw(rng, 6, 25);
            break;
    }
    ProducerRepository(db).save(producer, today);
    return producer;
}

OtopProduct makeProduct(Database& db, const ProductPlan& plan, const QString& producerId) {
    OtopProduct product;
    product.producerId = producerId;
    product.name = QString::fromUtf8(plan.name);
    product.brand = QString::fromUtf8(plan.brand);
    product.category = plan.category;
    product.subGroup = QString::fromUtf8(plan.subGroup);
    product.story = QString::fromUtf8(plan.story);
    product.unit = QString::fromUtf8(plan.unit);
    product.price = Money::fromSatang(plan.priceSatang);
    product.monthlyCapacity = plan.monthlyCapacity;
    product.rawMaterials = QString::fromUtf8(plan.rawMaterials);
    product.packaging = QString::fromUtf8(plan.packaging);
    ProductRepository(db).save(product);
    return product;
}

}  // namespace

OtopCounts addOtop(Database& database, quint32 seed, const QList<VillagePeople>& villages,
                   const QDate& today) {
    std::mt19937 rng(seed + 71);
    OtopCounts counts;
    // The tambons in the order their villages came, each with its villages.
    QStringList tambons;
    QList<QList<const VillagePeople*>> villagesOf;
    for (const VillagePeople& place : villages) {
        if (place.people.isEmpty())
            continue;
        if (tambons.isEmpty() || tambons.last() != place.village.subdistrictCode) {
            tambons.append(place.village.subdistrictCode);
            villagesOf.append(QList<const VillagePeople*>());
        }
        villagesOf.last().append(&place);
    }
    const QList<ProducerPlan>& producers = otopProducerPlans();
    const QList<ProductPlan>& products = otopProductPlans();
    CertificatePlanner certificates(today);
    QList<SalesProduct> selling;
    int next = 0;
    for (int t = 0; t < tambons.size(); ++t) {
        for (int k = 0; k < otopProducersInSubdistrict(t) && next < producers.size(); ++k, ++next) {
            const QList<const VillagePeople*>& here = villagesOf.at(t);
            const VillagePeople& place = *here.at(draw(rng, 0, static_cast<int>(here.size()) - 1));
            const OtopProducer producer =
                registerProducer(database, rng, producers.at(next), place, k + 1, today);
            ++counts.producers;
            for (int p = 0; p < products.size(); ++p) {
                if (products.at(p).producer != next)
                    continue;
                const OtopProduct product = makeProduct(database, products.at(p), producer.id);
                ++counts.products;
                ProductRepository(database).addPhoto(
                    product.id, demoProductPhoto(product.category, p), QStringLiteral("ภาพผลิตภัณฑ์"));
                ++counts.photos;
                counts.certificates += certificates.certify(
                    database, rng, product, QString::fromUtf8(products.at(p).standards));
                selling.append({product, producer.registeredOn, products.at(p).online});
            }
        }
    }
    const SalesCounts sold = addChampionAndSales(database, rng, selling, today);
    counts.ratings = sold.ratings;
    counts.sales = sold.sales;
    counts.targets = sold.targets;
    return counts;
}

}  // namespace thanrak::demo
