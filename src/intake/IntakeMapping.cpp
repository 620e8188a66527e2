#include "intake/IntakeMapping.h"

#include "base/Error.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "thai/ThaiText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Intake)
};

struct FieldInfo {
    IntakeField field;
    const char* key;
    const char* title;
    QStringList names;  // column names that mean this field, lower case, no spaces
};

const QList<FieldInfo>& fields() {
    static const QList<FieldInfo> list = {
        {IntakeField::Title, "title", QT_TRANSLATE_NOOP("Intake", "คำนำหน้า"),
         {QStringLiteral("คำนำหน้า"), QStringLiteral("คำนำหน้าชื่อ"), QStringLiteral("title"), QStringLiteral("prefix")}},
        {IntakeField::FirstName, "first_name", QT_TRANSLATE_NOOP("Intake", "ชื่อ"),
         {QStringLiteral("ชื่อ"), QStringLiteral("ชื่อจริง"), QStringLiteral("firstname"), QStringLiteral("first_name"),
          QStringLiteral("name")}},
        {IntakeField::LastName, "last_name", QT_TRANSLATE_NOOP("Intake", "นามสกุล"),
         {QStringLiteral("นามสกุล"), QStringLiteral("สกุล"), QStringLiteral("lastname"), QStringLiteral("last_name"),
          QStringLiteral("surname")}},
        {IntakeField::FullName, "full_name", QT_TRANSLATE_NOOP("Intake", "ชื่อ-สกุล (ช่องเดียว)"),
         {QStringLiteral("ชื่อ-สกุล"), QStringLiteral("ชื่อ-นามสกุล"), QStringLiteral("ชื่อสกุล"),
          QStringLiteral("ชื่อนามสกุล"), QStringLiteral("fullname")}},
        {IntakeField::NationalId, "national_id", QT_TRANSLATE_NOOP("Intake", "เลขประจำตัวประชาชน"),
         {QStringLiteral("เลขประจำตัวประชาชน"), QStringLiteral("เลขบัตรประชาชน"), QStringLiteral("เลขบัตร"),
          QStringLiteral("บัตรประชาชน"), QStringLiteral("nationalid"), QStringLiteral("national_id"),
          QStringLiteral("id")}},
        {IntakeField::BirthDate, "birth_date", QT_TRANSLATE_NOOP("Intake", "วันเกิด"),
         {QStringLiteral("วันเกิด"), QStringLiteral("วันเดือนปีเกิด"), QStringLiteral("birthdate"),
          QStringLiteral("birth_date")}},
        {IntakeField::HouseNo, "house_no", QT_TRANSLATE_NOOP("Intake", "บ้านเลขที่"),
         {QStringLiteral("บ้านเลขที่"), QStringLiteral("เลขที่บ้าน"), QStringLiteral("houseno")}},
        {IntakeField::Phone, "phone", QT_TRANSLATE_NOOP("Intake", "โทรศัพท์"),
         {QStringLiteral("โทรศัพท์"), QStringLiteral("เบอร์โทร"), QStringLiteral("เบอร์โทรศัพท์"),
          QStringLiteral("โทร"), QStringLiteral("phone"), QStringLiteral("tel")}},
        {IntakeField::MemberNo, "member_no", QT_TRANSLATE_NOOP("Intake", "เลขที่สมาชิก"),
         {QStringLiteral("เลขที่สมาชิก"), QStringLiteral("เลขสมาชิก"), QStringLiteral("รหัสสมาชิก"),
          QStringLiteral("ที่"), QStringLiteral("ลำดับ"), QStringLiteral("memberno"), QStringLiteral("member_no")}},
        {IntakeField::JoinedOn, "joined_on", QT_TRANSLATE_NOOP("Intake", "วันที่เข้าเป็นสมาชิก"),
         {QStringLiteral("วันที่เข้าเป็นสมาชิก"), QStringLiteral("วันที่สมัคร"), QStringLiteral("วันสมัคร"),
          QStringLiteral("วันเข้า"), QStringLiteral("joined"), QStringLiteral("joined_on")}},
        {IntakeField::Shares, "shares", QT_TRANSLATE_NOOP("Intake", "จำนวนหุ้น"),
         {QStringLiteral("จำนวนหุ้น"), QStringLiteral("หุ้น"), QStringLiteral("shares")}},
        {IntakeField::OpeningSavings, "opening_savings", QT_TRANSLATE_NOOP("Intake", "เงินสัจจะยกมา"),
         {QStringLiteral("เงินสัจจะยกมา"), QStringLiteral("สัจจะยกมา"), QStringLiteral("ยอดยกมา"),
          QStringLiteral("เงินออมยกมา"), QStringLiteral("เงินสัจจะสะสม"), QStringLiteral("ยอดเงินออม"),
          QStringLiteral("savings")}},
    };
    return list;
}

const FieldInfo& info(IntakeField field) {
    for (const FieldInfo& f : fields())
        if (f.field == field)
            return f;
    return fields().front();
}

QString squeezed(const QString& name) {
    QString text = cleanThaiText(name).toLower();
    text.remove(QLatin1Char(' '));
    return text;
}

QString settingsKey(const QString& organisationId) {
    return QStringLiteral("intake_mapping/") + organisationId;
}
}  // namespace

QList<IntakeField> allIntakeFields() {
    QList<IntakeField> list;
    for (const FieldInfo& f : fields())
        list << f.field;
    return list;
}

QString intakeFieldTitle(IntakeField field) {
    return QCoreApplication::translate("Intake", info(field).title);
}

QString intakeFieldKey(IntakeField field) {
    return QString::fromLatin1(info(field).key);
}

IntakeMapping guessMapping(const QStringList& header) {
    IntakeMapping mapping;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = squeezed(header.at(i));
        for (const FieldInfo& f : fields())
            if (!mapping.columns.contains(f.field) && f.names.contains(name)) {
                mapping.columns.insert(f.field, i);
                break;
            }
    }
    // A single name column is the full name, not the first name.
    if (mapping.columns.contains(IntakeField::FirstName) && !mapping.columns.contains(IntakeField::LastName) &&
        !mapping.columns.contains(IntakeField::FullName)) {
        mapping.columns.insert(IntakeField::FullName, mapping.columns.take(IntakeField::FirstName));
    }
    return mapping;
}

QByteArray mappingToJson(const IntakeMapping& mapping, const QStringList& header) {
    QJsonObject columns;
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it)
        if (it.value() >= 0 && it.value() < header.size())
            columns.insert(intakeFieldKey(it.key()), header.at(it.value()));
    QJsonObject root{{QStringLiteral("columns"), columns},
                     {QStringLiteral("era"), mapping.era == Era::BuddhistEra ? QStringLiteral("BE") : QStringLiteral("CE")}};
    if (mapping.openingDate.isValid())
        root.insert(QStringLiteral("opening_date"), mapping.openingDate.toString(Qt::ISODate));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

IntakeMapping mappingFromJson(const QByteArray& json, const QStringList& header) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        throw Error(QStringLiteral("intake.mapping"), Text::tr("ไฟล์การจับคู่คอลัมน์ไม่ใช่ JSON ที่อ่านได้"));
    const QJsonObject root = document.object();
    IntakeMapping mapping;
    mapping.era = root.value(QStringLiteral("era")).toString() == QLatin1String("CE") ? Era::CommonEra
                                                                                      : Era::BuddhistEra;
    mapping.openingDate = QDate::fromString(root.value(QStringLiteral("opening_date")).toString(), Qt::ISODate);
    const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
    for (const FieldInfo& f : fields()) {
        const QString name = columns.value(QLatin1String(f.key)).toString();
        const qsizetype index = name.isEmpty() ? -1 : header.indexOf(name);
        if (index >= 0)
            mapping.columns.insert(f.field, static_cast<int>(index));
        else if (!name.isEmpty())
            mapping.missingColumns << name;
    }
    return mapping;
}

void rememberMapping(Database& database, const QString& organisationId, const IntakeMapping& mapping,
                     const QStringList& header) {
    sql::run(database.connection(), QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
             {settingsKey(organisationId), QString::fromUtf8(mappingToJson(mapping, header))});
}

IntakeMapping recalledMapping(Database& database, const QString& organisationId, const QStringList& header) {
    const QVariant saved = sql::scalar(database.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                       {settingsKey(organisationId)});
    if (saved.isNull())
        return guessMapping(header);
    IntakeMapping mapping = mappingFromJson(saved.toString().toUtf8(), header);
    return mapping.columns.isEmpty() ? guessMapping(header) : mapping;
}

}  // namespace thanrak
