#pragma once

#include "otop/OtopRecords.h"
#include "support/DomainFixture.h"

namespace thanrak::test {

// A file with one community group producer in บ้านหนองบัว (ทรายมูล) making
// one food product, กล้วยตากหนองบัว at 45.00 baht a bag.
class OtopFixture : public DomainFixture {
public:
    OtopFixture();

    OtopProducer producer;
    OtopProduct product;

    OtopProduct addProduct(const QString& name, OtopCategory category, const QString& producerId = {});
    void addSales(const QString& productId, int year, int month, const QString& channelKey,
                  int quantity, qint64 baht);
    QString channelId(const QString& key);
};

// The day the tests call "today": 22 November 2026.
QDate otopToday();

}  // namespace thanrak::test
