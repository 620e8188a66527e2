#pragma once

#include <QDateTime>
#include <QHash>
#include "exchange/BundleImport.h"

#include <QList>
#include <QString>

namespace thanrak {

class Database;

// What the exchange screens list: past bundles, when each organisation's data
// last arrived, and the conflicts waiting for a decision.

struct ExchangeLogEntry {
    QString bundleId;
    bool imported = false;    // false: exported from this file
    QString otherFile;        // the file it came from, or the zip written
    QDateTime exportedAt;     // UTC
    QDateTime loggedAt;       // UTC, when it was imported or written
    int organisations = 0;
    TableImportCounts importCounts;  // an import's totals (kept rows count as unchanged)
    qint64 exportedRows = 0;         // an export's rows
};

struct OrganisationArrival {
    QString organisationId;
    QString code;
    QString name;
    QString subdistrictCode;
    QString subdistrictName;
    QString villageName;
    QDateTime exportedAt;  // invalid when nothing arrived yet (the organisation was made here)
    QDateTime importedAt;
    QString fromFile;
};

struct FieldDifference {
    QString column;
    QString local;
    QString incoming;
};

struct ExchangeConflict {
    QString id;
    QString table;
    QString tableTitle;  // Thai, e.g. "บุคคล"
    QString rowKey;
    QString record;      // a readable name of the record (a person's name, a code)
    bool deletion = false;    // the other side deleted the record
    bool changeable = false;  // false: a posted record, which can only be kept as it is here
    QDateTime foundAt;
    QString fromFile;
    QList<FieldDifference> differences;
};

enum class ConflictChoice { KeepLocal, TakeIncoming };

// Data older than this at the district office is called stale: a group
// meets monthly, so two missed meetings.
inline constexpr int kStaleArrivalDays = 60;

// Newest first.
QList<ExchangeLogEntry> exchangeLog(Database& database, int limit = 200);
// Every organisation of the file, by tambon and code, with its last arrival.
QList<OrganisationArrival> organisationArrivals(Database& database);
// When each organisation's data last arrived (the export time of the newest
// bundle that brought it), by organisation id; organisations made in this
// file and never imported are absent.
QHash<QString, QDateTime> lastArrivals(Database& database);
// Open conflicts, oldest first.
QList<ExchangeConflict> openConflicts(Database& database);
// Decides a conflict: keep this file's record (it is stamped now, so it wins
// the next exchange and travels back) or take the incoming one (written and
// stamped now; for a deletion, the record is deleted). Posted records can
// only be kept. Throws ExchangeError.
void resolveConflict(Database& database, const QString& conflictId, ConflictChoice choice);

// The Thai name of an exchanged table for messages and screens.
QString exchangeTableTitle(const QString& table);

}  // namespace thanrak
