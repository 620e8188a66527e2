#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace thanrak {

// manifest.json of a bundle (docs/bundles.md).
struct BundleFile {
    QString name;        // e.g. "people.csv"
    QString table;       // e.g. "people"; empty for tombstones.csv
    QStringList columns;
    qint64 rows = 0;     // data rows, header not counted
    qint64 bytes = 0;    // size of the CSV
    QString sha256;      // lower-case hex of the CSV's bytes
};

struct BundleManifest {
    QString format = QStringLiteral("thanrak-bundle");
    int formatVersion = 1;
    int schemaVersion = 0;
    QString bundleId;
    QString sourceInstallation;
    QString sourceName;   // the file it was exported from, for people to read
    QString exportedAt;   // UTC ISO time
    QString programVersion;
    QStringList organisationCodes;
    QList<BundleFile> files;

    const BundleFile* file(const QString& name) const;
};

inline constexpr int kBundleFormatVersion = 1;
inline const char* const kManifestName = "manifest.json";

QByteArray manifestToJson(const BundleManifest& manifest);
// Throws ExchangeError (in Thai) for a manifest that is not JSON, not a
// Thanrak bundle, lacks a field, or comes from a newer format or schema than
// `latestSchema`.
BundleManifest manifestFromJson(const QByteArray& json, int latestSchema);

}  // namespace thanrak
