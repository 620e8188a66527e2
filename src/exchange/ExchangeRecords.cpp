#include "exchange/ExchangeRecords.h"

#include "base/Ids.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeTables.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

QDateTime utc(const QVariant& value) {
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::utc());
    return value.isNull() ? QDateTime() : time;
}

QJsonObject json(const QVariant& value) {
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString shown(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

// An incoming deletion is stored as {"deleted_at": ...} (BundleImport).
bool isDeletion(const QJsonObject& incoming) {
    return incoming.size() == 1 && incoming.contains(QStringLiteral("deleted_at"));
}

QString recordName(const QJsonObject& row, const QString& fallback) {
    const QString first = row.value(QStringLiteral("first_name")).toString();
    if (!first.isEmpty())
        return (first + QLatin1Char(' ') + row.value(QStringLiteral("last_name")).toString()).trimmed();
    for (const char* key : {"name", "name_th", "title", "description", "code", "member_no"}) {
        const QString text = shown(row.value(QLatin1String(key)));
        if (!text.isEmpty())
            return text;
    }
    return fallback;
}

const ExchangeTable* findTable(const QList<ExchangeTable>& tables, const QString& name) {
    for (const ExchangeTable& table : tables)
        if (table.name == name)
            return &table;
    return nullptr;
}
}  // namespace

QString exchangeTableTitle(const QString& table) {
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("provinces"), QT_TRANSLATE_NOOP("Exchange", "จังหวัด")},
        {QStringLiteral("districts"), QT_TRANSLATE_NOOP("Exchange", "อำเภอ")},
        {QStringLiteral("subdistricts"), QT_TRANSLATE_NOOP("Exchange", "ตำบล")},
        {QStringLiteral("villages"), QT_TRANSLATE_NOOP("Exchange", "หมู่บ้าน")},
        {QStringLiteral("organisations"), QT_TRANSLATE_NOOP("Exchange", "องค์กร")},
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("Exchange", "บุคคล")},
        {QStringLiteral("memberships"), QT_TRANSLATE_NOOP("Exchange", "สมาชิกภาพ")},
        {QStringLiteral("committee_terms"), QT_TRANSLATE_NOOP("Exchange", "กรรมการ")},
        {QStringLiteral("report_settings"), QT_TRANSLATE_NOOP("Exchange", "ตั้งค่าการพิมพ์")},
        {QStringLiteral("accounts"), QT_TRANSLATE_NOOP("Exchange", "ผังบัญชี")},
        {QStringLiteral("journal_entries"), QT_TRANSLATE_NOOP("Exchange", "รายการบัญชี")},
        {QStringLiteral("journal_lines"), QT_TRANSLATE_NOOP("Exchange", "บรรทัดรายการบัญชี")},
        {QStringLiteral("closed_months"), QT_TRANSLATE_NOOP("Exchange", "เดือนที่ปิดบัญชี")},
        {QStringLiteral("group_rules"), QT_TRANSLATE_NOOP("Exchange", "ระเบียบกลุ่ม")},
        {QStringLiteral("group_rule_heads"), QT_TRANSLATE_NOOP("Exchange", "การจัดสรรกำไรตามระเบียบ")},
        {QStringLiteral("loan_products"), QT_TRANSLATE_NOOP("Exchange", "ประเภทเงินกู้")},
        {QStringLiteral("member_pledges"), QT_TRANSLATE_NOOP("Exchange", "หุ้นที่สมาชิกตั้งใจออม")},
        {QStringLiteral("beneficiaries"), QT_TRANSLATE_NOOP("Exchange", "ผู้รับผลประโยชน์")},
        {QStringLiteral("capital_pools"), QT_TRANSLATE_NOOP("Exchange", "บัญชีเงินทุน")},
        {QStringLiteral("loan_rounds"), QT_TRANSLATE_NOOP("Exchange", "รอบการให้กู้")},
        {QStringLiteral("loans"), QT_TRANSLATE_NOOP("Exchange", "สัญญาเงินกู้")},
        {QStringLiteral("loan_instalments"), QT_TRANSLATE_NOOP("Exchange", "งวดผ่อนชำระ")},
        {QStringLiteral("loan_guarantors"), QT_TRANSLATE_NOOP("Exchange", "ผู้ค้ำประกัน")},
        {QStringLiteral("meetings"), QT_TRANSLATE_NOOP("Exchange", "การประชุมประจำเดือน")},
        {QStringLiteral("receipts"), QT_TRANSLATE_NOOP("Exchange", "ใบเสร็จรับเงิน")},
        {QStringLiteral("receipt_lines"), QT_TRANSLATE_NOOP("Exchange", "รายการในใบเสร็จ")},
        {QStringLiteral("allocation_run_heads"), QT_TRANSLATE_NOOP("Exchange", "ยอดจัดสรรกำไร")},
        {QStringLiteral("allocation_run_members"), QT_TRANSLATE_NOOP("Exchange", "เงินปันผลรายสมาชิก")},
        {QStringLiteral("allocation_runs"), QT_TRANSLATE_NOOP("Exchange", "การจัดสรรกำไรประจำปี")},
        {QStringLiteral("pool_movements"), QT_TRANSLATE_NOOP("Exchange", "ความเคลื่อนไหวบัญชีเงินทุน")},
        {QStringLiteral("bank_statements"), QT_TRANSLATE_NOOP("Exchange", "ยอดตามสมุดบัญชีธนาคาร")},
        {QStringLiteral("bank_statement_lines"), QT_TRANSLATE_NOOP("Exchange", "รายการที่กระทบยอดแล้ว")},
        {QStringLiteral("grading_schemes"), QT_TRANSLATE_NOOP("Exchange", "เกณฑ์การจัดระดับ")},
        {QStringLiteral("fund_grades"), QT_TRANSLATE_NOOP("Exchange", "ผลการจัดระดับกองทุน")},
        {QStringLiteral("otop_rounds"), QT_TRANSLATE_NOOP("Exchange", "รอบการคัดสรรผลิตภัณฑ์ OTOP")},
        {QStringLiteral("otop_channels"), QT_TRANSLATE_NOOP("Exchange", "ช่องทางการขาย")},
        {QStringLiteral("otop_producers"), QT_TRANSLATE_NOOP("Exchange", "ผู้ผลิต OTOP")},
        {QStringLiteral("otop_products"), QT_TRANSLATE_NOOP("Exchange", "ผลิตภัณฑ์ OTOP")},
        {QStringLiteral("otop_product_photos"), QT_TRANSLATE_NOOP("Exchange", "รูปผลิตภัณฑ์")},
        {QStringLiteral("otop_certificates"), QT_TRANSLATE_NOOP("Exchange", "มาตรฐานและใบรับรอง")},
        {QStringLiteral("otop_ratings"), QT_TRANSLATE_NOOP("Exchange", "ผลการคัดสรร (ดาว)")},
        {QStringLiteral("otop_sales"), QT_TRANSLATE_NOOP("Exchange", "ยอดขายรายเดือน")},
        {QStringLiteral("otop_targets"), QT_TRANSLATE_NOOP("Exchange", "เป้าหมายยอดขาย")},
        {QStringLiteral("business_plans"), QT_TRANSLATE_NOOP("Exchange", "แผนธุรกิจชุมชน")},
        {QStringLiteral("business_plan_products"), QT_TRANSLATE_NOOP("Exchange", "ผลิตภัณฑ์ในแผนธุรกิจ")},
        {QStringLiteral("business_plan_versions"), QT_TRANSLATE_NOOP("Exchange", "ฉบับของแผนธุรกิจ")},
        {QStringLiteral("business_plan_items"), QT_TRANSLATE_NOOP("Exchange", "รายการบนแคนวาส")},
        {QStringLiteral("business_plan_links"), QT_TRANSLATE_NOOP("Exchange", "เส้นเชื่อมบนแคนวาส")},
        {QStringLiteral("business_plan_ksnb"), QT_TRANSLATE_NOOP("Exchange", "การพัฒนาศักยภาพ (KSNB)")},
        {QStringLiteral("business_plan_steps"), QT_TRANSLATE_NOOP("Exchange", "ขั้นตอนการทำแผนธุรกิจ")},
        {QStringLiteral("business_plan_attachments"), QT_TRANSLATE_NOOP("Exchange", "ไฟล์หลักฐานของแผนธุรกิจ")},
    };
    const auto it = titles.constFind(table);
    return it == titles.constEnd() ? table : QCoreApplication::translate("Exchange", it.value());
}

QList<ExchangeLogEntry> exchangeLog(Database& database, int limit) {
    QList<ExchangeLogEntry> entries;
    QSqlQuery query = sql::run(database.connection(),
                               QStringLiteral("SELECT bundle_id, direction, file_name, exported_at, logged_at, "
                                              "organisations, summary FROM exchange_log ORDER BY logged_at DESC "
                                              "LIMIT ?"),
                               {limit});
    while (query.next()) {
        ExchangeLogEntry entry{query.value(0).toString(), query.value(1).toString() == QLatin1String("import"),
                               query.value(2).toString(), utc(query.value(3)), utc(query.value(4)),
                               query.value(5).toInt(), {}, 0};
        // The summary as BundleImport and BundleExport wrote it.
        const QJsonObject counts = json(query.value(6));
        const auto count = [&counts](const char* key) { return counts.value(QLatin1String(key)).toInteger(); };
        entry.importCounts.added = count("added");
        entry.importCounts.updated = count("updated");
        entry.importCounts.unchanged = count("unchanged");
        entry.importCounts.keptLocal = count("kept_local");
        entry.importCounts.conflicts = count("conflicts");
        entry.importCounts.deleted = count("deleted");
        entry.exportedRows = count("rows");
        entries << entry;
    }
    return entries;
}

QList<OrganisationArrival> organisationArrivals(Database& database) {
    QList<OrganisationArrival> list;
    QSqlQuery query = sql::run(
        database.connection(),
        QStringLiteral("SELECT o.id, o.code, o.name, s.code, s.name_th, v.name_th, a.exported_at, a.imported_at, "
                       "l.file_name FROM organisations o JOIN villages v ON v.code = o.village_code "
                       "JOIN subdistricts s ON s.code = v.subdistrict_code "
                       "LEFT JOIN organisation_arrivals a ON a.organisation_id = o.id "
                       "LEFT JOIN exchange_log l ON l.bundle_id = a.bundle_id AND l.direction = 'import' "
                       "ORDER BY s.code, o.code"));
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     utc(query.value(6)), utc(query.value(7)), query.value(8).toString()});
    return list;
}

QHash<QString, QDateTime> lastArrivals(Database& database) {
    QHash<QString, QDateTime> arrivals;
    QSqlQuery query = sql::run(database.connection(),
                               QStringLiteral("SELECT organisation_id, exported_at FROM organisation_arrivals"));
    while (query.next())
        arrivals.insert(query.value(0).toString(), utc(query.value(1)));
    return arrivals;
}

QList<ExchangeConflict> openConflicts(Database& database) {
    const QList<ExchangeTable> tables = describeExchangeTables(database.connection());
    QList<ExchangeConflict> list;
    QSqlQuery query = sql::run(
        database.connection(),
        QStringLiteral("SELECT c.id, c.table_name, c.row_key, c.local_row, c.incoming_row, c.found_at, "
                       "l.file_name FROM exchange_conflicts c LEFT JOIN exchange_log l ON l.bundle_id = "
                       "c.bundle_id AND l.direction = 'import' WHERE c.resolved_at IS NULL ORDER BY c.found_at, c.id"));
    while (query.next()) {
        ExchangeConflict conflict;
        conflict.id = query.value(0).toString();
        conflict.table = query.value(1).toString();
        conflict.tableTitle = exchangeTableTitle(conflict.table);
        conflict.rowKey = query.value(2).toString();
        const QJsonObject local = json(query.value(3));
        const QJsonObject incoming = json(query.value(4));
        conflict.record = recordName(local, conflict.rowKey);
        conflict.deletion = isDeletion(incoming);
        const ExchangeTable* table = findTable(tables, conflict.table);
        conflict.changeable = table && table->changeable;
        conflict.foundAt = utc(query.value(5));
        conflict.fromFile = query.value(6).toString();
        if (!conflict.deletion)
            for (auto it = local.begin(); it != local.end(); ++it) {
                if (it.key() == QLatin1String("updated_at") || it.key() == QLatin1String("created_at"))
                    continue;
                const QJsonValue other = incoming.value(it.key());
                if (!other.isUndefined() && other != it.value())
                    conflict.differences.append({it.key(), shown(it.value()), shown(other)});
            }
        list << conflict;
    }
    return list;
}

void resolveConflict(Database& database, const QString& conflictId, ConflictChoice choice) {
    QSqlDatabase& db = database.connection();
    QSqlQuery query = sql::run(db,
                               QStringLiteral("SELECT table_name, row_key, incoming_row FROM exchange_conflicts "
                                              "WHERE id = ? AND resolved_at IS NULL"),
                               {conflictId});
    if (!query.next())
        throw ExchangeError(QStringLiteral("conflict.missing"), Text::tr("รายการขัดแย้งนี้ตัดสินไปแล้ว"));
    const QString tableName = query.value(0).toString();
    const QString rowKey = query.value(1).toString();
    const QJsonObject incoming = json(query.value(2));
    query.finish();
    const QList<ExchangeTable> tables = describeExchangeTables(db);
    const ExchangeTable* table = findTable(tables, tableName);
    if (!table)
        throw ExchangeError(QStringLiteral("conflict.table"), Text::tr("ไม่รู้จักตาราง %1").arg(tableName));
    if (choice == ConflictChoice::TakeIncoming && !table->changeable)
        throw ExchangeError(QStringLiteral("conflict.posted"),
                            Text::tr("%1 ที่บันทึกแล้วแก้ไขไม่ได้ เก็บได้เฉพาะของในไฟล์นี้ "
                                     "ถ้าต้องแก้ ให้ทำรายการกลับรายการที่ต้นทาง")
                                .arg(exchangeTableTitle(tableName)));
    const QString key = table->key.front();
    const QString now = nowUtc();
    Transaction transaction(db);
    try {
        if (choice == ConflictChoice::KeepLocal) {
            if (table->changeable)
                sql::run(db, QStringLiteral("UPDATE %1 SET updated_at = ? WHERE %2 = ?").arg(tableName, key),
                         {now, rowKey});
        } else if (isDeletion(incoming)) {
            sql::run(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(tableName, key), {rowKey});
            sql::run(db, QStringLiteral("DELETE FROM exchange_divergences WHERE table_name = ? AND row_key = ?"),
                     {tableName, rowKey});
        } else {
            QStringList assignments;
            QVariantList values;
            for (const ExchangeColumn& column : table->columns) {
                if (table->key.contains(column.name) || !incoming.contains(column.name))
                    continue;
                const QJsonValue value = incoming.value(column.name);
                assignments << column.name + QStringLiteral(" = ?");
                if (column.name == QLatin1String("updated_at"))
                    values << now;
                else if (value.isNull())
                    values << QVariant();
                else if (column.kind == ColumnKind::Blob)
                    values << QByteArray::fromHex(value.toString().toLatin1());
                else if (value.isDouble())
                    values << value.toInteger();
                else
                    values << value.toString();
            }
            values << rowKey;
            const QSqlQuery update = sql::runList(db,
                                                  QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                                      .arg(tableName, assignments.join(QStringLiteral(", ")), key),
                                                  values);
            if (update.numRowsAffected() == 0)
                throw ExchangeError(QStringLiteral("conflict.gone"),
                                    Text::tr("รายการนี้ไม่มีในไฟล์แล้ว (ถูกลบไป) เลือก \"เก็บข้อมูลในไฟล์นี้\" "
                                             "เพื่อปิดรายการขัดแย้งนี้"));
            sql::run(db, QStringLiteral("DELETE FROM exchange_divergences WHERE table_name = ? AND row_key = ?"),
                     {tableName, rowKey});
        }
    } catch (const StorageError& error) {
        throw ExchangeError(QStringLiteral("conflict.write"),
                            Text::tr("ใช้ข้อมูลที่เข้ามาไม่ได้ (%1) ไฟล์นี้ไม่มีการเปลี่ยนแปลง").arg(error.message()));
    }
    sql::run(db, QStringLiteral("UPDATE exchange_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"),
             {now, choice == ConflictChoice::KeepLocal ? QStringLiteral("kept_local") : QStringLiteral("took_incoming"),
              conflictId});
    transaction.commit();
}

}  // namespace thanrak
