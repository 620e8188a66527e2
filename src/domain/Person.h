#pragma once

#include "domain/Validation.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace thanrak {

struct Person {
    QString id;          // UUID; empty until saved
    QString title;       // นาย, นาง, นางสาว, ...
    QString firstName;
    QString lastName;
    QString nationalId;  // 13 ASCII digits or empty when unknown
    QDate birthDate;     // may be null
    QString houseNo;     // บ้านเลขที่
    QString villageCode; // where the person lives, if in the district's data
    QString addressLine; // ซอย/ถนน or an address outside the district
    QString postcode;
    QString phone;
    QString createdAt;
    QString updatedAt;
};

// Titles offered in forms, most used first.
QStringList personTitles();

// "นางสมศรี ใจดี"
QString personDisplayName(const Person& person);

// Required names, a valid national ID when given, a plausible birth date,
// phone and postcode shapes. The national ID is normalised by the caller.
FieldProblems validatePerson(const Person& person, const QDate& today);

}  // namespace thanrak
