#include "exchange/BundlePlan.h"

#include "exchange/ExchangeError.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace thanrak::bundleplan {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

constexpr int kShown = 10;

void step(const ExchangeProgress& progress, const QString& what, qint64 done, qint64 total) {
    reportProgress(progress, ExchangeDirection::Import, what, done, total);
}

QString joined(const QStringList& parts, const char* separator) {
    return parts.join(QLatin1String(separator));
}

QString prefixed(const QStringList& columns, const QString& alias) {
    QStringList parts;
    for (const QString& column : columns)
        parts << alias + QLatin1Char('.') + column;
    return joined(parts, ", ");
}

const StagedTable* find(const QList<StagedTable>& tables, const QString& name) {
    for (const StagedTable& table : tables)
        if (table.table->name == name)
            return &table;
    return nullptr;
}
}  // namespace

QString StagedTable::keyMatch(const QString& local, const QString& incoming) const {
    QStringList parts;
    for (const QString& column : table->key)
        parts << QStringLiteral("%1.%3 = %2.%3").arg(local, incoming, column);
    return joined(parts, " AND ");
}

QString StagedTable::rowKey(const QString& alias) const {
    return prefixed(table->key, alias).replace(QStringLiteral(", "), QStringLiteral(" || '|' || "));
}

QString StagedTable::jsonOf(const QString& alias) const {
    QStringList parts;
    for (const ExchangeColumn& column : table->columns) {
        if (!columns.contains(column.name))
            continue;
        const QString value = alias + QLatin1Char('.') + column.name;
        parts << QStringLiteral("'%1'").arg(column.name)
              << (column.kind == ColumnKind::Blob ? QStringLiteral("hex(%1)").arg(value) : value);
    }
    return QStringLiteral("json_object(%1)").arg(joined(parts, ", "));
}

void mergeNaturalKeys(QSqlDatabase& db, const QList<StagedTable>& tables) {
    for (const StagedTable& staged : tables) {
        const ExchangeTable& table = *staged.table;
        if (table.naturalKey.isEmpty() || !staged.columns.contains(table.naturalKey))
            continue;
        sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.x_remap"));
        sql::run(db, QStringLiteral("CREATE TEMP TABLE x_remap (old TEXT PRIMARY KEY, new TEXT NOT NULL)"));
        sql::run(db, QStringLiteral("INSERT OR IGNORE INTO temp.x_remap SELECT s.id, m.id FROM stage.%1 s "
                                    "JOIN main.%1 m ON m.%2 = s.%2 WHERE s.%2 IS NOT NULL AND m.id <> s.id "
                                    "AND NOT EXISTS (SELECT 1 FROM main.%1 x WHERE x.id = s.id)")
                         .arg(table.name, table.naturalKey));
        if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM temp.x_remap")).toLongLong() == 0)
            continue;
        for (const StagedTable& child : tables)
            for (const ExchangeReference& reference : child.table->references)
                if (reference.parentTable == table.name && reference.parentColumn == QLatin1String("id"))
                    sql::run(db, QStringLiteral("UPDATE stage.%1 SET %2 = (SELECT new FROM temp.x_remap WHERE "
                                                "old = %2) WHERE %2 IN (SELECT old FROM temp.x_remap)")
                                     .arg(child.table->name, reference.column));
        sql::run(db, QStringLiteral("UPDATE stage.tombstones SET row_key = (SELECT new FROM temp.x_remap "
                                    "WHERE old = row_key) WHERE table_name = '%1' AND row_key IN "
                                    "(SELECT old FROM temp.x_remap)")
                         .arg(table.name));
        sql::run(db, QStringLiteral("UPDATE stage.%1 SET id = (SELECT new FROM temp.x_remap WHERE old = id) "
                                    "WHERE id IN (SELECT old FROM temp.x_remap)")
                         .arg(table.name));
    }
}

namespace {
void collect(QSqlDatabase& db, const QString& statement, QList<Error>& problems,
             const std::function<Error(const QSqlQuery&)>& make) {
    QSqlQuery query = sql::run(db, statement);
    while (query.next() && problems.size() < kMaxListedProblems)
        problems << make(query);
}

void checkKeys(QSqlDatabase& db, const StagedTable& staged, QList<Error>& problems) {
    const ExchangeTable& table = *staged.table;
    const QString file = table.fileName();
    sql::run(db, QStringLiteral("CREATE INDEX stage.%1_key ON %1 (%2)").arg(table.name, joined(table.key, ", ")));
    collect(db,
            QStringLiteral("SELECT min(_row), max(_row) FROM stage.%1 GROUP BY %2 HAVING count(*) > 1 LIMIT %3")
                .arg(table.name, joined(table.key, ", "))
                .arg(kShown),
            problems, [&](const QSqlQuery& q) {
                return Error(QStringLiteral("bundle.duplicate"),
                             Text::tr("รหัสระเบียนซ้ำกับแถวที่ %1 ในไฟล์เดียวกัน").arg(q.value(0).toInt()),
                             {file, q.value(1).toInt(), table.key.front()});
            });
}

void checkReferences(QSqlDatabase& db, const QList<StagedTable>& tables, const StagedTable& staged,
                     QList<Error>& problems) {
    const ExchangeTable& table = *staged.table;
    for (const ExchangeReference& reference : table.references) {
        if (!staged.columns.contains(reference.column))
            continue;
        const bool inBundle = find(tables, reference.parentTable) != nullptr;
        collect(db,
                QStringLiteral("SELECT s._row, s.%1 FROM stage.%2 s WHERE s.%1 IS NOT NULL %3 AND NOT EXISTS "
                               "(SELECT 1 FROM main.%4 m WHERE m.%5 = s.%1) LIMIT %6")
                    .arg(reference.column, table.name,
                         inBundle ? QStringLiteral("AND NOT EXISTS (SELECT 1 FROM stage.%1 p WHERE p.%2 = s.%3)")
                                        .arg(reference.parentTable, reference.parentColumn, reference.column)
                                  : QString(),
                         reference.parentTable, reference.parentColumn)
                    .arg(kShown),
                problems, [&](const QSqlQuery& q) {
                    return Error(QStringLiteral("bundle.reference"),
                                 Text::tr("อ้างถึงระเบียน %1 ในตาราง %2 ซึ่งไม่มีทั้งในชุดข้อมูลนี้และในไฟล์นี้")
                                     .arg(q.value(1).toString(), reference.parentTable),
                                 {table.fileName(), q.value(0).toInt(), reference.column});
                });
    }
}

void checkUnique(QSqlDatabase& db, const StagedTable& staged, QList<Error>& problems) {
    const ExchangeTable& table = *staged.table;
    QSqlQuery indexes = sql::run(
        db, QStringLiteral("SELECT name FROM pragma_index_list(?, 'main') WHERE \"unique\" = 1 AND "
                           "origin <> 'pk' AND partial = 0"),
        {table.name});
    QList<QStringList> uniques;
    while (indexes.next()) {
        QStringList columns;
        QSqlQuery info = sql::run(db, QStringLiteral("SELECT name FROM pragma_index_info(?, 'main') ORDER BY seqno"),
                                  {indexes.value(0).toString()});
        while (info.next())
            columns << info.value(0).toString();
        bool present = !columns.isEmpty() && columns != table.key;
        for (const QString& column : columns)
            present = present && staged.columns.contains(column);
        if (present)
            uniques << columns;
    }
    // A local row the bundle deletes (a draft recalculated under a new key,
    // a grade assessed again) gives its unique values up.
    const QString deletedByBundle =
        table.key.size() == 1
            ? QStringLiteral("AND NOT EXISTS (SELECT 1 FROM stage.tombstones d WHERE d.table_name = '%1' AND "
                             "d.row_key = m.%2)")
                  .arg(table.name, table.key.front())
            : QString();
    for (const QStringList& columns : uniques) {
        QStringList match;
        for (const QString& column : columns)
            match << QStringLiteral("m.%1 = s.%1").arg(column);
        // Rows renumbered at the source (cards reordered) may take each
        // other's places: a local row the bundle moves elsewhere gives its
        // place up. Whether it really moves is known only after deciding;
        // the import checks again then (BundleImport).
        QString movedByBundle;
        if (columns == table.renumberedUnique) {
            QStringList same;
            for (const QString& column : columns)
                same << QStringLiteral("o.%1 IS m.%1").arg(column);
            movedByBundle = QStringLiteral("AND NOT EXISTS (SELECT 1 FROM stage.%1 o WHERE %2 AND NOT (%3))")
                                .arg(table.name, staged.keyMatch(QStringLiteral("o"), QStringLiteral("m")),
                                     joined(same, " AND "));
        }
        collect(db,
                QStringLiteral("SELECT s._row, %1 FROM stage.%2 s JOIN main.%2 m ON %3 WHERE NOT (%4) %5 %6 LIMIT %7")
                    .arg(prefixed(columns, QStringLiteral("s")), table.name, joined(match, " AND "),
                         staged.keyMatch(QStringLiteral("m"), QStringLiteral("s")), deletedByBundle, movedByBundle)
                    .arg(kShown),
                problems, [&](const QSqlQuery& q) {
                    QStringList values;
                    for (int i = 0; i < columns.size(); ++i)
                        values << q.value(i + 1).toString();
                    return Error(QStringLiteral("bundle.unique"),
                                 Text::tr("ค่า %1 มีอยู่แล้วในไฟล์นี้ แต่เป็นของระเบียนอื่น "
                                          "(อาจลงทะเบียนซ้ำกันทั้งสองที่ ต้องแก้ให้ตรงกันก่อน)")
                                     .arg(values.join(QStringLiteral(" / "))),
                                 {table.fileName(), q.value(0).toInt(), columns.last()});
                });
        QStringList notNull;
        for (const QString& column : columns)
            notNull << column + QStringLiteral(" IS NOT NULL");
        collect(db,
                QStringLiteral("SELECT min(_row), max(_row) FROM stage.%1 WHERE %2 GROUP BY %3 HAVING count(*) > 1 "
                               "LIMIT %4")
                    .arg(table.name, joined(notNull, " AND "), joined(columns, ", "))
                    .arg(kShown),
                problems, [&](const QSqlQuery& q) {
                    return Error(QStringLiteral("bundle.unique"),
                                 Text::tr("ค่าในช่องนี้ซ้ำกับแถวที่ %1 ในไฟล์เดียวกัน").arg(q.value(0).toInt()),
                                 {table.fileName(), q.value(1).toInt(), columns.last()});
                });
    }
}

void checkTombstones(QSqlDatabase& db, const QList<StagedTable>& tables, QList<Error>& problems) {
    QStringList deletable;
    for (const StagedTable& staged : tables)
        if (staged.table->changeable)
            deletable << QStringLiteral("'%1'").arg(staged.table->name);
    collect(db,
            QStringLiteral("SELECT _row, table_name FROM stage.tombstones WHERE table_name NOT IN (%1) LIMIT %2")
                .arg(joined(deletable, ", "))
                .arg(kShown),
            problems, [&](const QSqlQuery& q) {
                return Error(QStringLiteral("bundle.tombstone"),
                             Text::tr("ตาราง %1 ไม่มีการลบระเบียน").arg(q.value(1).toString()),
                             {tombstonesFileName(), q.value(0).toInt(), QStringLiteral("table_name")});
            });
}
}  // namespace

void checkStaged(QSqlDatabase& db, const QList<StagedTable>& tables, const ExchangeProgress& progress) {
    QList<Error> problems;
    const qint64 total = tables.size() * 2;
    qint64 done = 0;
    for (const StagedTable& staged : tables) {
        step(progress, Text::tr("กำลังตรวจรหัสซ้ำ: %1").arg(staged.table->name), done++, total);
        checkKeys(db, staged, problems);
    }
    for (const StagedTable& staged : tables) {
        step(progress, Text::tr("กำลังตรวจการอ้างอิง: %1").arg(staged.table->name), done++, total);
        checkReferences(db, tables, staged, problems);
        checkUnique(db, staged, problems);
    }
    checkTombstones(db, tables, problems);
    if (!problems.isEmpty())
        throw ExchangeError(QStringLiteral("bundle.invalid"), problems);
}

void decide(QSqlDatabase& db, const QList<StagedTable>& tables, const QString& base,
            const QString& source, const ExchangeProgress& progress) {
    // `base` is our own timestamp text; checked so it can sit in the SQL.
    for (const QChar c : base)
        if (!(c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char(':') || c == QLatin1Char('.') ||
              c == QLatin1Char('T') || c == QLatin1Char('Z')))
            throw ExchangeError(QStringLiteral("exchange.log"), QStringLiteral("bad exchange time"));
    const QString baseSql = base.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(base);
    qint64 done = 0;
    for (const StagedTable& staged : tables) {
        step(progress, Text::tr("กำลังเทียบกับข้อมูลในไฟล์: %1").arg(staged.table->name), done++, tables.size());
        const ExchangeTable& table = *staged.table;
        const QString t = table.name;
        const QString match = staged.keyMatch(QStringLiteral("m"), QStringLiteral("s"));
        sql::run(db, QStringLiteral("UPDATE stage.%1 AS s SET _action = 'add' WHERE NOT EXISTS "
                                    "(SELECT 1 FROM main.%1 m WHERE %2)")
                         .arg(t, match));
        if (table.changeable)
            sql::run(db, QStringLiteral("UPDATE stage.%1 AS s SET _action = 'deleted_here' WHERE _action = 'add' "
                                        "AND EXISTS (SELECT 1 FROM main.tombstones d WHERE d.table_name = '%1' "
                                        "AND d.row_key = %2 AND d.deleted_at >= s.updated_at)")
                             .arg(t, staged.rowKey(QStringLiteral("s"))));
        QStringList same{match};
        for (const QString& column : staged.columns)
            same << QStringLiteral("m.%1 IS s.%1").arg(column);
        sql::run(db, QStringLiteral("UPDATE stage.%1 AS s SET _action = 'same' WHERE _action IS NULL AND EXISTS "
                                    "(SELECT 1 FROM main.%1 m WHERE %2)")
                         .arg(t, joined(same, " AND ")));
        sql::run(db, QStringLiteral("UPDATE stage.%1 AS s SET _action = 'conflict' WHERE _action IS NULL AND "
                                    "EXISTS (SELECT 1 FROM main.exchange_conflicts c WHERE c.table_name = '%1' "
                                    "AND c.row_key = %2 AND c.resolved_at IS NULL)")
                         .arg(t, staged.rowKey(QStringLiteral("s"))));
        if (!table.changeable || !staged.columns.contains(QStringLiteral("updated_at"))) {
            sql::run(db, QStringLiteral("UPDATE stage.%1 SET _action = 'conflict' WHERE _action IS NULL").arg(t));
            continue;
        }
        const QString local = QStringLiteral("(SELECT m.updated_at FROM main.%1 m WHERE %2)").arg(t, match);
        sql::run(db, QStringLiteral("UPDATE stage.%1 AS s SET _action = CASE WHEN s.updated_at > %2 THEN "
                                    "(CASE WHEN %3 IS NOT NULL AND %2 > %3 THEN 'conflict' ELSE 'update' END) "
                                    "ELSE (CASE WHEN %3 IS NOT NULL AND s.updated_at > %3 THEN 'conflict' "
                                    "ELSE 'keep' END) END WHERE _action IS NULL")
                         .arg(t, local, baseSql));
        // This file kept a newer version the source never received: its edit
        // would undo that version, so it is for the user to decide.
        sql::run(db,
                 QStringLiteral("UPDATE stage.%1 AS s SET _action = 'conflict' WHERE _action = 'update' AND EXISTS "
                                "(SELECT 1 FROM main.exchange_divergences v WHERE v.table_name = '%1' AND "
                                "v.row_key = %2 AND v.installation_id = ?)")
                     .arg(t, staged.rowKey(QStringLiteral("s"))),
                 {source});
        const QString key = table.key.front();
        sql::run(db, QStringLiteral("UPDATE stage.tombstones AS d SET _action = CASE "
                                    "WHEN NOT EXISTS (SELECT 1 FROM main.%1 m WHERE m.%2 = d.row_key) THEN "
                                    "(CASE WHEN EXISTS (SELECT 1 FROM main.tombstones k WHERE k.table_name = "
                                    "d.table_name AND k.row_key = d.row_key AND k.deleted_at >= d.deleted_at) "
                                    "THEN 'same' ELSE 'record' END) "
                                    "WHEN (SELECT m.updated_at FROM main.%1 m WHERE m.%2 = d.row_key) <= "
                                    "d.deleted_at THEN 'delete' ELSE 'conflict' END WHERE d.table_name = '%1'")
                         .arg(t, key));
    }
}

QList<TableImportCounts> countDecisions(QSqlDatabase& db, const QList<StagedTable>& tables) {
    QList<TableImportCounts> counts;
    for (const StagedTable& staged : tables) {
        TableImportCounts row;
        row.table = staged.table->name;
        QSqlQuery query =
            sql::run(db, QStringLiteral("SELECT _action, count(*) FROM stage.%1 GROUP BY _action").arg(row.table));
        while (query.next()) {
            const QString action = query.value(0).toString();
            const qint64 n = query.value(1).toLongLong();
            row.incoming += n;
            if (action == QLatin1String("add"))
                row.added += n;
            else if (action == QLatin1String("update"))
                row.updated += n;
            else if (action == QLatin1String("same"))
                row.unchanged += n;
            else if (action == QLatin1String("keep"))
                row.keptLocal += n;
            else if (action == QLatin1String("conflict"))
                row.conflicts += n;
            else if (action == QLatin1String("deleted_here"))
                row.deletedHere += n;
        }
        QSqlQuery deletions = sql::run(
            db, QStringLiteral("SELECT _action, count(*) FROM stage.tombstones WHERE table_name = ? GROUP BY _action"),
            {row.table});
        while (deletions.next()) {
            const QString action = deletions.value(0).toString();
            if (action == QLatin1String("delete"))
                row.deleted += deletions.value(1).toLongLong();
            else if (action == QLatin1String("conflict"))
                row.conflicts += deletions.value(1).toLongLong();
        }
        counts << row;
    }
    return counts;
}

}  // namespace thanrak::bundleplan
