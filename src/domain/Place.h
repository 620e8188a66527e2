#pragma once

#include <QString>

namespace thanrak {

// จังหวัด > อำเภอ/เขต > ตำบล/แขวง > หมู่บ้าน, keyed by DOPA codes of 2, 4, 6
// and 8 digits; each code begins with its parent's.
struct Province {
    QString code;
    QString nameTh;
    QString nameEn;
};

struct District {
    QString code;
    QString provinceCode;
    QString nameTh;
    QString nameEn;
};

struct Subdistrict {
    QString code;
    QString districtCode;
    QString nameTh;
    QString nameEn;
    QString postcode;
};

struct Village {
    QString code;
    QString subdistrictCode;
    int moo = 0;  // หมู่ที่
    QString nameTh;
};

// "บ้านหนองบัว หมู่ที่ 5"
QString villageLabel(const Village& village);

// A village with the names of every level above it, for lists and addresses.
struct VillagePath {
    Village village;
    QString subdistrictName;
    QString districtName;
    QString provinceName;
    QString postcode;
};

}  // namespace thanrak
