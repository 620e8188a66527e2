#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace thanrak {

// How a CSV cell is read and written (docs/bundles.md):
enum class ColumnKind {
    Text,         // UTF-8 text as stored
    Integer,      // whole number, ASCII digits, optional minus
    Money,        // baht as a plain decimal "1234.50"; stored as satang; never negative
    SignedMoney,  // the same, may be negative (a net loss, a bank balance)
    Date,         // ISO C.E. date yyyy-mm-dd
    Month,        // ISO C.E. month yyyy-mm
    Timestamp,    // ISO 8601 UTC time, e.g. 2026-11-22T07:40:00.123Z
    Uuid,         // 36-character lower-case UUID
    NationalId,   // 13 digits with a valid check digit
    Decimal,      // an exact rate or percentage as stored: "1.25", "60", or a fraction "7201/3"
    Blob,         // base64
};

struct ExchangeColumn {
    QString name;
    ColumnKind kind = ColumnKind::Text;
    QString sqlType;  // the declared type, for the staging table
    bool required = false;   // NOT NULL without a default
    bool emptyText = false;  // NOT NULL with a default: an empty cell is ''
};

// A foreign key of a table: its column, the parent table and parent column.
struct ExchangeReference {
    QString column;
    QString parentTable;
    QString parentColumn;
};

// One table that travels in bundles.
struct ExchangeTable {
    QString name;
    QStringList key;       // primary key columns
    bool changeable = false;  // rows may be edited (has updated_at) and deleted (tombstones)
    // SQL condition choosing the rows of the exported organisations; it may
    // use temp.x_orgs(id), temp.x_people(id), temp.x_villages(code) and
    // temp.x_producers(id) (the OTOP producers that travel).
    QString scope;
    // A natural key that identifies the same row made independently in two
    // files (a person's national ID); rows matching it are merged, and the
    // references in the bundle follow the local key.
    QString naturalKey;
    // Unique columns (e.g. card, block, position) whose last one is renumbered
    // when rows are reordered; several rows may swap values in one import.
    QStringList renumberedUnique;
    QList<ExchangeColumn> columns;        // filled by describeExchangeTables
    QList<ExchangeReference> references;  // filled by describeExchangeTables

    QString fileName() const { return name + QStringLiteral(".csv"); }
    int columnIndex(const QString& column) const;
};

// Every exchanged table in the order parents come before children, with
// columns and foreign keys read from the database's own schema.
QList<ExchangeTable> describeExchangeTables(QSqlDatabase& db);

// The file name of the tombstones list inside a bundle.
QString tombstonesFileName();

}  // namespace thanrak
