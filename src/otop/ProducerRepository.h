#pragma once

#include "otop/OtopRecords.h"
#include "domain/Validation.h"

#include <QList>

#include <optional>

namespace thanrak {

class Database;

struct ProducerFilter {
    QString subdistrictCode;  // empty: the whole file
    QString text;             // part of the name or registration number
};

// A producer as lists show it: where it is and how many products it has.
struct ProducerRow {
    OtopProducer producer;
    QString villageLabel;     // "บ้านหนองบัว หมู่ที่ 5"
    QString subdistrictName;
    QString linkedName;       // the organisation's or the owner's name
    int products = 0;
};

class ProducerRepository {
public:
    explicit ProducerRepository(Database& database) : db_(database) {}

    QList<ProducerRow> list(const ProducerFilter& filter = {});
    std::optional<OtopProducer> find(const QString& id);

    // validateProducer plus what needs the file: the village, organisation and
    // person exist; the registration number is not another producer's.
    FieldProblems check(const OtopProducer& producer, const QDate& today);
    // Inserts (empty id: a UUID is given) or updates; throws ValidationError.
    void save(OtopProducer& producer, const QDate& today);
    // Only a producer without products can be removed; throws Error
    // ("otop.in_use") naming how many products it still has.
    void remove(const QString& id);

private:
    Database& db_;
};

}  // namespace thanrak
