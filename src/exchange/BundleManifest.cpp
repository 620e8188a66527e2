#include "exchange/BundleManifest.h"

#include "exchange/CellCodec.h"
#include "exchange/ExchangeError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

[[noreturn]] void refuse(const QString& code, const QString& message) {
    throw ExchangeError(code, message, {QString::fromLatin1(kManifestName), 0, {}});
}

QString requiredText(const QJsonObject& object, const char* field) {
    const QJsonValue value = object.value(QLatin1String(field));
    if (!value.isString() || value.toString().isEmpty())
        refuse(QStringLiteral("bundle.manifest"),
               Text::tr("ไม่มีรายการ %1 ในใบกำกับชุดข้อมูล").arg(QLatin1String(field)));
    return value.toString();
}

QStringList texts(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

QJsonArray array(const QStringList& list) {
    QJsonArray result;
    for (const QString& item : list)
        result.append(item);
    return result;
}
}  // namespace

const BundleFile* BundleManifest::file(const QString& name) const {
    for (const BundleFile& entry : files)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

QByteArray manifestToJson(const BundleManifest& manifest) {
    QJsonArray files;
    for (const BundleFile& file : manifest.files) {
        QJsonObject entry{{QStringLiteral("name"), file.name},
                          {QStringLiteral("columns"), array(file.columns)},
                          {QStringLiteral("rows"), file.rows},
                          {QStringLiteral("bytes"), file.bytes},
                          {QStringLiteral("sha256"), file.sha256}};
        if (!file.table.isEmpty())
            entry.insert(QStringLiteral("table"), file.table);
        files.append(entry);
    }
    const QJsonObject root{{QStringLiteral("format"), manifest.format},
                           {QStringLiteral("format_version"), manifest.formatVersion},
                           {QStringLiteral("schema_version"), manifest.schemaVersion},
                           {QStringLiteral("bundle_id"), manifest.bundleId},
                           {QStringLiteral("source_installation"), manifest.sourceInstallation},
                           {QStringLiteral("source_name"), manifest.sourceName},
                           {QStringLiteral("exported_at"), manifest.exportedAt},
                           {QStringLiteral("program_version"), manifest.programVersion},
                           {QStringLiteral("organisations"), array(manifest.organisationCodes)},
                           {QStringLiteral("files"), files}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

BundleManifest manifestFromJson(const QByteArray& json, int latestSchema) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject())
        refuse(QStringLiteral("bundle.manifest"),
               Text::tr("ใบกำกับชุดข้อมูลอ่านไม่ได้ (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    BundleManifest manifest;
    if (root.value(QStringLiteral("format")).toString() != manifest.format)
        refuse(QStringLiteral("bundle.not_thanrak"),
               Text::tr("ไฟล์นี้ไม่ใช่ชุดข้อมูลของฐานราก"));
    manifest.formatVersion = root.value(QStringLiteral("format_version")).toInt();
    if (manifest.formatVersion > kBundleFormatVersion)
        refuse(QStringLiteral("bundle.newer_format"),
               Text::tr("ชุดข้อมูลนี้ทำด้วยฐานรากรุ่นที่ใหม่กว่า (รูปแบบรุ่น %1 แต่โปรแกรมนี้อ่านได้ถึงรุ่น %2) "
                        "กรุณาปรับปรุงโปรแกรมก่อนนำเข้า")
                   .arg(manifest.formatVersion)
                   .arg(kBundleFormatVersion));
    if (manifest.formatVersion < 1)
        refuse(QStringLiteral("bundle.manifest"), Text::tr("ไม่มีรุ่นของรูปแบบในใบกำกับชุดข้อมูล"));
    manifest.schemaVersion = root.value(QStringLiteral("schema_version")).toInt();
    if (manifest.schemaVersion > latestSchema)
        refuse(QStringLiteral("bundle.newer_schema"),
               Text::tr("ชุดข้อมูลนี้มาจากไฟล์ที่ใช้โครงสร้างรุ่น %1 แต่โปรแกรมนี้รู้จักถึงรุ่น %2 "
                        "กรุณาปรับปรุงโปรแกรมก่อนนำเข้า")
                   .arg(manifest.schemaVersion)
                   .arg(latestSchema));
    manifest.bundleId = requiredText(root, "bundle_id");
    manifest.sourceInstallation = requiredText(root, "source_installation");
    manifest.exportedAt = requiredText(root, "exported_at");
    // The export time decides conflicts later, so it must be a real UTC time
    // in the one form times are compared in.
    const DecodedCell time =
        decodeCell({manifest.exportedAt.toLatin1(), false},
                   {QStringLiteral("exported_at"), ColumnKind::Timestamp, QStringLiteral("TEXT"), true, false});
    if (!time.problem.isEmpty() || manifest.exportedAt.size() != 24)
        refuse(QStringLiteral("bundle.manifest"),
               Text::tr("เวลาส่งออกในใบกำกับ (%1) ไม่ใช่เวลา UTC แบบ 2026-11-22T07:40:00.000Z")
                   .arg(manifest.exportedAt.left(40)));
    for (const QString& id : {manifest.bundleId, manifest.sourceInstallation})
        if (!decodeCell({id.toLatin1(), false},
                        {QStringLiteral("id"), ColumnKind::Uuid, QStringLiteral("TEXT"), true, false})
                 .problem.isEmpty())
            refuse(QStringLiteral("bundle.manifest"), Text::tr("รหัสในใบกำกับ (%1) ไม่ใช่ UUID").arg(id.left(40)));
    manifest.sourceName = root.value(QStringLiteral("source_name")).toString();
    manifest.programVersion = root.value(QStringLiteral("program_version")).toString();
    manifest.organisationCodes = texts(root.value(QStringLiteral("organisations")));
    for (const QJsonValue& value : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        BundleFile file;
        file.name = requiredText(entry, "name");
        file.table = entry.value(QStringLiteral("table")).toString();
        file.columns = texts(entry.value(QStringLiteral("columns")));
        file.rows = entry.value(QStringLiteral("rows")).toInteger(-1);
        file.bytes = entry.value(QStringLiteral("bytes")).toInteger(-1);
        file.sha256 = requiredText(entry, "sha256").toLower();
        if (file.rows < 0 || file.bytes < 0)
            refuse(QStringLiteral("bundle.manifest"),
                   Text::tr("ใบกำกับชุดข้อมูลไม่บอกจำนวนแถวหรือขนาดของไฟล์ %1").arg(file.name));
        manifest.files << file;
    }
    return manifest;
}

}  // namespace thanrak
