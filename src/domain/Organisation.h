#pragma once

#include "domain/Validation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace thanrak {

enum class OrganisationKind {
    SavingsGroup,         // กลุ่มออมทรัพย์เพื่อการผลิต
    VillageFund,          // กองทุนหมู่บ้านและชุมชนเมือง
    CommunityEnterprise,  // วิสาหกิจชุมชน
    OtopProducer,         // ผู้ผลิต OTOP
};

QList<OrganisationKind> allOrganisationKinds();
QString organisationKindKey(OrganisationKind kind);  // "savings_group", as stored
std::optional<OrganisationKind> organisationKindFromKey(const QString& key);
QString organisationKindLabel(OrganisationKind kind);  // translated, Thai by default

struct Organisation {
    QString id;  // UUID; empty until saved
    OrganisationKind kind = OrganisationKind::SavingsGroup;
    QString code;
    QString name;
    QString villageCode;
    QDate registeredOn;  // may be null when unknown
    QString registrationNo;
    QString phone;
    QString notes;
    QString createdAt;
    QString updatedAt;
};

// Rules that need no database: required fields, code shape, dates.
FieldProblems validateOrganisation(const Organisation& organisation, const QDate& today);

}  // namespace thanrak
