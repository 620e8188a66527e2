#include "domain/Organisation.h"

#include "base/EnumKeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};

constexpr EnumKeys<OrganisationKind, 4> kKinds(
    {{{OrganisationKind::SavingsGroup, "savings_group"},
      {OrganisationKind::VillageFund, "village_fund"},
      {OrganisationKind::CommunityEnterprise, "community_enterprise"},
      {OrganisationKind::OtopProducer, "otop_producer"}}});
}  // namespace

QList<OrganisationKind> allOrganisationKinds() {
    const auto values = kKinds.values();
    return QList<OrganisationKind>(values.begin(), values.end());
}

QString organisationKindKey(OrganisationKind kind) {
    return kKinds.key(kind);
}

std::optional<OrganisationKind> organisationKindFromKey(const QString& key) {
    return kKinds.fromKey(key);
}

QString organisationKindLabel(OrganisationKind kind) {
    switch (kind) {
        case OrganisationKind::SavingsGroup:
            return Text::tr("กลุ่มออมทรัพย์เพื่อการผลิต");
        case OrganisationKind::VillageFund:
            return Text::tr("กองทุนหมู่บ้าน");
        case OrganisationKind::CommunityEnterprise:
            return Text::tr("วิสาหกิจชุมชน");
        case OrganisationKind::OtopProducer:
            return Text::tr("ผู้ผลิต OTOP");
    }
    return {};
}

FieldProblems validateOrganisation(const Organisation& o, const QDate& today) {
    FieldProblems problems;
    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z0-9._-]{2,30}$"));
    if (o.code.trimmed().isEmpty())
        problems.append({QStringLiteral("code"), Text::tr("กรุณาใส่รหัสองค์กร")});
    else if (!codeShape.match(o.code).hasMatch())
        problems.append(
            {QStringLiteral("code"), Text::tr("รหัสองค์กรใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข จุด ขีด และขีดล่าง "
                                              "ยาว 2 ถึง 30 ตัว")});
    if (o.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), Text::tr("กรุณาใส่ชื่อองค์กร")});
    if (o.villageCode.isEmpty())
        problems.append({QStringLiteral("village_code"), Text::tr("กรุณาเลือกหมู่บ้านที่ตั้งขององค์กร")});
    if (o.registeredOn.isValid() && o.registeredOn > today)
        problems.append({QStringLiteral("registered_on"), Text::tr("วันที่จดทะเบียนต้องไม่เกินวันนี้")});
    if (o.registeredOn.isValid() && o.registeredOn.year() < 1957)
        problems.append(
            {QStringLiteral("registered_on"), Text::tr("วันที่จดทะเบียนก่อน พ.ศ. 2500 ดูไม่ถูกต้อง "
                                                       "กรุณาตรวจว่าพิมพ์ปีเป็น พ.ศ.")});
    return problems;
}

}  // namespace thanrak
