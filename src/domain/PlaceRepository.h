#pragma once

#include "domain/Place.h"
#include "domain/Validation.h"

#include <QList>
#include <optional>

namespace thanrak {

class Database;

// Reads and adds places. Provinces and districts come shipped (ReferenceData);
// subdistricts and villages are added by the district office.
class PlaceRepository {
public:
    explicit PlaceRepository(Database& database) : db_(database) {}

    QList<Province> provinces();
    QList<District> districts(const QString& provinceCode);
    // Districts that hold at least one village: what an office works with.
    QList<District> districtsInUse();
    QList<Subdistrict> subdistricts(const QString& districtCode);
    QList<Village> villages(const QString& subdistrictCode);
    std::optional<VillagePath> villagePath(const QString& villageCode);

    FieldProblems checkSubdistrict(const Subdistrict& subdistrict);
    FieldProblems checkVillage(const Village& village);
    // Each is one transaction; throws ValidationError or StorageError.
    void addSubdistrict(const Subdistrict& subdistrict);
    void addVillage(const Village& village);

private:
    Database& db_;
};

}  // namespace thanrak
