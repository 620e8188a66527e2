#include "exchange/BundleImport.h"

#include "base/Ids.h"
#include "exchange/BundlePlan.h"
#include "exchange/BundleStage.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeRecords.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace thanrak {

using bundleplan::StagedTable;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

QList<StagedTable> stagedTables(const BundleStage& stage) {
    QList<StagedTable> list;
    for (const ExchangeTable& table : stage.tables()) {
        StagedTable staged;
        staged.table = &table;
        if (const BundleFile* file = stage.manifest().file(table.fileName()))
            for (const ExchangeColumn& column : table.columns)
                if (file->columns.contains(column.name))
                    staged.columns << column.name;
        list << staged;
    }
    return list;
}

// Finds the staged row that SQLite refuses, so the message can name it.
[[noreturn]] void refuseRow(QSqlDatabase& db, const StagedTable& staged, const QString& insert,
                            const QString& sqliteText) {
    const QString file = staged.table->fileName();
    QSqlQuery rows = sql::run(db, QStringLiteral("SELECT rowid, _row FROM stage.%1 WHERE _action = 'add' "
                                                 "ORDER BY rowid")
                                      .arg(staged.table->name));
    while (rows.next()) {
        QSqlQuery one(db);
        one.exec(QStringLiteral("SAVEPOINT one_row"));
        const bool ok = one.prepare(insert + QStringLiteral(" AND rowid = ?"));
        one.addBindValue(rows.value(0));
        const bool done = ok && one.exec();
        const QString text = one.lastError().databaseText();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK TO one_row"));
        QSqlQuery(db).exec(QStringLiteral("RELEASE one_row"));
        if (!done)
            throw ExchangeError(QStringLiteral("bundle.rejected"),
                                Text::tr("แถวนี้ขัดกับเงื่อนไขของตาราง %1 (%2)").arg(staged.table->name, text),
                                {file, rows.value(1).toInt(), {}});
    }
    throw ExchangeError(QStringLiteral("bundle.rejected"),
                        Text::tr("บันทึกตาราง %1 ไม่ได้ (%2)").arg(staged.table->name, sqliteText), {file, 0, {}});
}

void run(QSqlDatabase& db, const QString& statement, const QString& table) {
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw ExchangeError(QStringLiteral("bundle.rejected"),
                            Text::tr("บันทึกตาราง %1 ไม่ได้ (%2)").arg(table, query.lastError().databaseText()));
}

// Rows renumbered at the source (cards reordered within a block) may take
// each other's places. SQLite checks a UNIQUE constraint row by row, so the
// rows the bundle updates are first lifted out of the way of the places they
// are about to take, as the program does when it reorders. Before that, a
// place still held by a row that stays (kept here as the newer version, in
// conflict, or added only here) is refused by name.
void liftRenumbered(QSqlDatabase& db, const StagedTable& staged) {
    const QStringList& unique = staged.table->renumberedUnique;
    if (unique.isEmpty())
        return;
    for (const QString& column : unique)
        if (!staged.columns.contains(column))
            return;
    const QString t = staged.table->name;
    QStringList match;
    QStringList same;
    for (const QString& column : unique) {
        match << QStringLiteral("m.%1 = s.%1").arg(column);
        same << QStringLiteral("o.%1 IS m.%1").arg(column);
    }
    QSqlQuery taken = sql::run(
        db, QStringLiteral("SELECT s._row, %1 FROM stage.%2 s JOIN main.%2 m ON %3 WHERE s._action IN ('add', "
                           "'update') AND NOT (%4) AND NOT EXISTS (SELECT 1 FROM stage.%2 o WHERE %5 AND "
                           "o._action = 'update' AND NOT (%6)) ORDER BY s._row LIMIT 10")
                .arg(QStringLiteral("s.") + unique.join(QStringLiteral(" || ' / ' || s.")), t,
                     match.join(QStringLiteral(" AND ")), staged.keyMatch(QStringLiteral("m"), QStringLiteral("s")),
                     staged.keyMatch(QStringLiteral("o"), QStringLiteral("m")), same.join(QStringLiteral(" AND "))));
    QList<Error> problems;
    while (taken.next())
        problems << Error(QStringLiteral("bundle.unique"),
                          Text::tr("ที่ %1 ยังเป็นของระเบียนอื่นในไฟล์นี้ซึ่งไม่ได้ย้ายตามต้นทาง "
                                   "(แก้ไขหรือเพิ่มไว้ที่นี่ด้วย) ต้องตัดสินข้อขัดแย้งหรือแก้ให้ตรงกันก่อน")
                              .arg(taken.value(1).toString()),
                          {staged.table->fileName(), taken.value(0).toInt(), unique.last()});
    if (!problems.isEmpty())
        throw ExchangeError(QStringLiteral("bundle.unique"), problems);
    run(db,
        QStringLiteral("UPDATE main.%1 AS m SET %2 = %2 + 1000000 WHERE EXISTS (SELECT 1 FROM stage.%1 s WHERE "
                       "s._action = 'update' AND %3)")
            .arg(t, unique.last(), staged.keyMatch(QStringLiteral("m"), QStringLiteral("s"))),
        t);
}

void writeTable(QSqlDatabase& db, const StagedTable& staged) {
    if (staged.columns.isEmpty())
        return;
    liftRenumbered(db, staged);
    const QString t = staged.table->name;
    const QString columns = staged.columns.join(QStringLiteral(", "));
    const QString insert = QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM stage.%1 WHERE _action = 'add'")
                               .arg(t, columns);
    QSqlQuery add(db);
    if (!add.exec(insert + QStringLiteral(" ORDER BY _row")))
        refuseRow(db, staged, insert, add.lastError().databaseText());
    QStringList assignments;
    for (const QString& column : staged.columns)
        if (!staged.table->key.contains(column))
            assignments << QStringLiteral("%1 = s.%1").arg(column);
    if (!assignments.isEmpty())
        run(db,
            QStringLiteral("UPDATE main.%1 AS m SET %2 FROM stage.%1 AS s WHERE %3 AND s._action = 'update'")
                .arg(t, assignments.join(QStringLiteral(", ")),
                     staged.keyMatch(QStringLiteral("m"), QStringLiteral("s"))),
            t);
}

void recordConflicts(QSqlDatabase& db, const StagedTable& staged, const BundleManifest& manifest,
                     const QString& now) {
    const QString t = staged.table->name;
    const QString key = staged.rowKey(QStringLiteral("s"));
    sql::run(db,
             // An open conflict takes a newer incoming version, so deciding
             // later applies the latest one the other office sent.
             QStringLiteral("INSERT INTO main.exchange_conflicts (id, table_name, row_key, bundle_id, "
                            "installation_id, local_row, incoming_row, found_at) SELECT lower(hex(randomblob(16))), "
                            "'%1', %2, ?, ?, (SELECT %3 FROM main.%1 m WHERE %4), %5, ? FROM stage.%1 s "
                            "WHERE s._action = 'conflict' ON CONFLICT (table_name, row_key) WHERE resolved_at IS NULL "
                            "DO UPDATE SET incoming_row = excluded.incoming_row, bundle_id = excluded.bundle_id, "
                            "installation_id = excluded.installation_id, found_at = excluded.found_at WHERE "
                            "coalesce(json_extract(excluded.incoming_row, '$.updated_at'), '') > "
                            "coalesce(json_extract(exchange_conflicts.incoming_row, '$.updated_at'), '')")
                 .arg(t, key, staged.jsonOf(QStringLiteral("m")),
                      staged.keyMatch(QStringLiteral("m"), QStringLiteral("s")), staged.jsonOf(QStringLiteral("s"))),
             {manifest.bundleId, manifest.sourceInstallation, now});
    if (!staged.table->changeable)
        return;
    // Kept here as the newer version: the source has not seen it.
    sql::run(db,
             QStringLiteral("INSERT OR IGNORE INTO main.exchange_divergences (table_name, row_key, installation_id) "
                            "SELECT '%1', %2, ? FROM stage.%1 s WHERE s._action = 'keep'")
                 .arg(t, key),
             {manifest.sourceInstallation});
    sql::run(db,
             QStringLiteral("DELETE FROM main.exchange_divergences WHERE table_name = '%1' AND installation_id = ? "
                            "AND row_key IN (SELECT %2 FROM stage.%1 s WHERE s._action = 'same')")
                 .arg(t, key),
             {manifest.sourceInstallation});
    sql::run(db,
             QStringLiteral("INSERT OR IGNORE INTO main.exchange_conflicts (id, table_name, row_key, bundle_id, "
                            "installation_id, local_row, incoming_row, found_at) SELECT ? || '/%1/' || d.row_key, "
                            "'%1', d.row_key, ?, ?, (SELECT %2 FROM main.%1 m WHERE m.%3 = d.row_key), "
                            "json_object('deleted_at', d.deleted_at), ? FROM stage.tombstones d "
                            "WHERE d.table_name = '%1' AND d._action = 'conflict'")
                 .arg(t, staged.jsonOf(QStringLiteral("m")), staged.table->key.front()),
             {manifest.bundleId, manifest.bundleId, manifest.sourceInstallation, now});
}

// After deletions, a row here may still point at a deleted one. SQLite would
// refuse the commit without saying which; this says which, and also catches
// it in a dry run, which never commits.
void checkDanglingReferences(QSqlDatabase& db, const QList<StagedTable>& tables) {
    QList<Error> problems;
    for (const StagedTable& staged : tables) {
        if (staged.table->references.isEmpty())
            continue;
        QSqlQuery dangling = sql::run(
            db, QStringLiteral("SELECT c.parent, (SELECT %1 FROM main.%2 WHERE rowid = c.rowid) FROM "
                               "pragma_foreign_key_check('%2', 'main') c LIMIT 10")
                    .arg(staged.table->key.join(QStringLiteral(" || '|' || ")), staged.table->name));
        while (dangling.next())
            problems << Error(QStringLiteral("bundle.dangling"),
                              Text::tr("%1 รหัส %2 ในไฟล์นี้ยังอ้างถึง%3ที่ชุดข้อมูลลบไป "
                                       "ต้องลบหรือแก้รายการนี้ที่ต้นทางด้วย")
                                  .arg(exchangeTableTitle(staged.table->name), dangling.value(1).toString(),
                                       exchangeTableTitle(dangling.value(0).toString())),
                              {staged.table->fileName(), 0, {}});
    }
    if (!problems.isEmpty())
        throw ExchangeError(QStringLiteral("bundle.dangling"), problems);
}

QString lastExchange(QSqlDatabase& db, const BundleManifest& manifest) {
    return sql::scalar(db,
                       QStringLiteral("SELECT max(exported_at) FROM exchange_log WHERE direction = 'import' "
                                      "AND installation_id = ?"),
                       {manifest.sourceInstallation})
        .toString();
}

void writeAll(QSqlDatabase& db, const QList<StagedTable>& tables, const BundleManifest& manifest,
              const ImportSummary& summary, const ExchangeProgress& progress) {
    const QString now = nowUtc();
    run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), QStringLiteral("-"));
    const qint64 steps = tables.size() * 2 + 1;
    qint64 step = 0;
    auto advance = [&](const QString& what) {
        reportProgress(progress, ExchangeDirection::Import, what, step++, steps);
    };
    for (auto it = tables.rbegin(); it != tables.rend(); ++it) {
        advance(Text::tr("กำลังลบระเบียนที่ถูกลบจากต้นทาง"));
        const ExchangeTable& table = *it->table;
        if (table.changeable)
            run(db,
                QStringLiteral("DELETE FROM main.%1 WHERE %2 IN (SELECT row_key FROM stage.tombstones WHERE "
                               "table_name = '%1' AND _action = 'delete')")
                    .arg(table.name, table.key.front()),
                table.name);
    }
    run(db,
        QStringLiteral("INSERT OR REPLACE INTO main.tombstones (table_name, row_key, deleted_at) SELECT "
                       "table_name, row_key, deleted_at FROM stage.tombstones WHERE _action IN ('delete', 'record')"),
        QStringLiteral("tombstones"));
    for (const StagedTable& staged : tables) {
        advance(Text::tr("กำลังบันทึก %1").arg(staged.table->name));
        writeTable(db, staged);
        recordConflicts(db, staged, manifest, now);
    }
    const TableImportCounts totals = summary.totals();
    const QJsonObject counts{{QStringLiteral("added"), totals.added},
                             {QStringLiteral("updated"), totals.updated},
                             {QStringLiteral("unchanged"), totals.unchanged},
                             {QStringLiteral("kept_local"), totals.keptLocal},
                             {QStringLiteral("conflicts"), totals.conflicts},
                             {QStringLiteral("deleted"), totals.deleted}};
    sql::run(db,
             QStringLiteral("INSERT OR IGNORE INTO exchange_log (bundle_id, direction, installation_id, "
                            "exported_at, logged_at, file_name, organisations, summary) VALUES "
                            "(?, 'import', ?, ?, ?, ?, ?, ?)"),
             {manifest.bundleId, manifest.sourceInstallation, manifest.exportedAt, now,
              manifest.sourceName, static_cast<int>(manifest.organisationCodes.size()),
              QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))});
    sql::run(db,
             QStringLiteral("INSERT INTO organisation_arrivals (organisation_id, installation_id, bundle_id, "
                            "exported_at, imported_at) SELECT s.id, ?, ?, ?, ? FROM stage.organisations s "
                            "WHERE EXISTS (SELECT 1 FROM main.organisations m WHERE m.id = s.id) "
                            "ON CONFLICT (organisation_id) DO UPDATE SET installation_id = excluded.installation_id, "
                            "bundle_id = excluded.bundle_id, exported_at = excluded.exported_at, "
                            "imported_at = excluded.imported_at WHERE excluded.exported_at > "
                            "organisation_arrivals.exported_at"),
             {manifest.sourceInstallation, manifest.bundleId, manifest.exportedAt, now});
    advance(Text::tr("กำลังบันทึกลงไฟล์"));
}
}  // namespace

TableImportCounts ImportSummary::totals() const {
    TableImportCounts sum;
    for (const TableImportCounts& row : tables) {
        sum.incoming += row.incoming;
        sum.added += row.added;
        sum.updated += row.updated;
        sum.unchanged += row.unchanged;
        sum.keptLocal += row.keptLocal;
        sum.conflicts += row.conflicts;
        sum.deletedHere += row.deletedHere;
        sum.deleted += row.deleted;
    }
    return sum;
}

ImportSummary importBundle(Database& database, const QString& zipPath, const ImportOptions& options,
                           const ExchangeProgress& progress) {
    QSqlDatabase& db = database.connection();
    BundleStage stage(db);
    stage.load(zipPath, latestSchemaVersion(), progress);
    const BundleManifest& manifest = stage.manifest();
    if (!options.expectedBundleId.isEmpty() && manifest.bundleId != options.expectedBundleId)
        throw ExchangeError(QStringLiteral("bundle.changed"),
                            Text::tr("ไฟล์ชุดข้อมูลถูกเปลี่ยนหลังจากตรวจ จึงยังไม่ได้นำเข้า กรุณานำเข้าใหม่อีกครั้ง"));
    const QList<StagedTable> tables = stagedTables(stage);

    ImportSummary summary;
    summary.bundleId = manifest.bundleId;
    summary.sourceInstallation = manifest.sourceInstallation;
    summary.sourceName = manifest.sourceName;
    summary.exportedAt = manifest.exportedAt;
    summary.organisationCodes = manifest.organisationCodes;
    summary.dryRun = options.dryRun;
    summary.alreadyImportedAt =
        sql::scalar(db, QStringLiteral("SELECT logged_at FROM exchange_log WHERE bundle_id = ? AND direction = 'import'"),
                    {manifest.bundleId})
            .toString();

    bundleplan::mergeNaturalKeys(db, tables);
    bundleplan::checkStaged(db, tables, progress);
    bundleplan::decide(db, tables, lastExchange(db, manifest), manifest.sourceInstallation, progress);
    summary.tables = bundleplan::countDecisions(db, tables);

    Transaction transaction(db);
    writeAll(db, tables, manifest, summary, progress);
    if (summary.totals().deleted > 0 || summary.totals().deletedHere > 0)
        checkDanglingReferences(db, tables);
    if (options.dryRun)
        return summary;  // the transaction rolls back
    try {
        transaction.commit();
    } catch (const StorageError& error) {
        throw ExchangeError(QStringLiteral("bundle.rejected"),
                            Text::tr("บันทึกชุดข้อมูลไม่ได้ เพราะข้อมูลอ้างอิงกันไม่ครบ (%1) "
                                     "ไฟล์นี้ไม่มีการเปลี่ยนแปลง")
                                .arg(error.message()));
    }
    return summary;
}

}  // namespace thanrak
