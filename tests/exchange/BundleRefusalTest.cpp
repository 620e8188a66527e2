#include "exchange/BundleTestSupport.h"

#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "storage/Sql.h"
#include "support/CatchQt.h"
#include "support/SavingsFixture.h"
#include "support/TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace thanrak;
using namespace thanrak::test;

namespace {

// Replaces one cell of a data row of a simple CSV (no quoted commas); row 2
// is the first data row, as a spreadsheet counts.
QByteArray setCell(const QByteArray& csv, int row, const char* column, const QByteArray& raw) {
    QList<QByteArray> lines = csv.split('\n');
    const QList<QByteArray> header = lines.at(0).trimmed().split(',');
    const qsizetype index = header.indexOf(QByteArray(column));
    REQUIRE(index >= 0);
    QList<QByteArray> cells = lines.at(row - 1).chopped(1).split(',');
    cells[index] = raw;
    lines[row - 1] = cells.join(',') + '\r';
    return lines.join('\n');
}

struct Refusal {
    SavingsFixture village;
    TempDir dir;
    QString bundle;
    std::unique_ptr<Database> district;
    QByteArray before;

    Refusal() {
        for (int i = 1; i <= 3; ++i)
            village.addMember(village.group,
                              village.addPerson(QStringLiteral("สมาชิก%1").arg(i), QStringLiteral("ทดสอบ"), validId(i),
                                                QStringLiteral("35020101")),
                              QString::number(i), QDate(2025, 6, 1));
        bundle = dir.path(QStringLiteral("village.zip"));
        exportBundle(village.db(), {}, bundle);
        district = emptyFile(dir.path(QStringLiteral("district.thanrak")));
        before = fingerprint(*district);
    }

    // The import is refused with `code`, the first problem at the place
    // given, and the district's file is exactly as it was.
    Error refused(const char* code) {
        const ExchangeError error = exchangeError([&] { importBundle(*district, bundle); });
        CHECK(error.code() == QString::fromLatin1(code));
        CHECK(fingerprint(*district) == before);
        REQUIRE_FALSE(error.problems().isEmpty());
        return error.problems().front();
    }

    void editManifest(const char* field, int value) {
        QMap<QString, QByteArray> entries = readZip(bundle);
        QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
        manifest.insert(QLatin1String(field), value);
        entries[QStringLiteral("manifest.json")] = QJsonDocument(manifest).toJson();
        writeZip(bundle, entries);
    }
};

void located(const Error& problem, const char* file, int row, const char* column) {
    CHECK(problem.where().file == QString::fromLatin1(file));
    CHECK(problem.where().row == row);
    CHECK(problem.where().column == QString::fromLatin1(column));
}

}  // namespace

TEST_CASE("Malformed CSV rows are refused naming file, row and column, and nothing is written") {
    Refusal r;
    const QString people = QStringLiteral("people.csv");
    SECTION("broken quotes") {
        editBundle(r.bundle, people, [](QByteArray csv) { return setCell(csv, 3, "first_name", "สม\"าชิก"); });
        const Error problem = r.refused("bundle.invalid");
        located(problem, "people.csv", 3, "first_name");
        CHECK(problem.message().contains(QStringLiteral("เครื่องหมายคำพูด")));
    }
    SECTION("wrong column count") {
        editBundle(r.bundle, people, [](QByteArray csv) { return setCell(csv, 2, "phone", "081,เกิน"); });
        const Error problem = r.refused("bundle.invalid");
        located(problem, "people.csv", 2, "");
        CHECK(problem.message().contains(QStringLiteral("ช่อง แต่หัวตารางมี")));
    }
    SECTION("bad UTF-8") {
        editBundle(r.bundle, people, [](QByteArray csv) { return setCell(csv, 4, "last_name", "\xb7\xb4\xca\xcd\xba"); });
        const Error problem = r.refused("bundle.invalid");
        located(problem, "people.csv", 4, "last_name");
        CHECK(problem.message().contains(QStringLiteral("UTF-8")));
    }
    SECTION("invalid national ID") {
        QString wrong = validId(2);
        wrong[12] = QChar(u'0' + (wrong.at(12).digitValue() + 1) % 10);
        editBundle(r.bundle, people, [&](QByteArray csv) { return setCell(csv, 3, "national_id", wrong.toLatin1()); });
        located(r.refused("bundle.invalid"), "people.csv", 3, "national_id");
    }
    SECTION("a B.E. date in an ISO column") {
        editBundle(r.bundle, QStringLiteral("memberships.csv"),
                   [](QByteArray csv) { return setCell(csv, 2, "joined_on", "2568-06-01"); });
        const Error problem = r.refused("bundle.invalid");
        located(problem, "memberships.csv", 2, "joined_on");
        CHECK(problem.message().contains(QStringLiteral("2025")));
    }
    SECTION("an unknown reference") {
        editBundle(r.bundle, QStringLiteral("memberships.csv"),
                   [](QByteArray csv) { return setCell(csv, 3, "person_id", "0f8fad5b-d9cb-469f-a165-70867728950e"); });
        const Error problem = r.refused("bundle.invalid");
        located(problem, "memberships.csv", 3, "person_id");
        CHECK(problem.message().contains(QStringLiteral("people")));
    }
    SECTION("a negative amount") {
        editBundle(r.bundle, QStringLiteral("journal_lines.csv"),
                   [](QByteArray csv) { return setCell(csv, 2, "debit", "-10000.00"); });
        located(r.refused("bundle.invalid"), "journal_lines.csv", 2, "debit");
    }
    SECTION("an empty key") {
        editBundle(r.bundle, people, [](QByteArray csv) { return setCell(csv, 3, "id", ""); });
        located(r.refused("bundle.invalid"), "people.csv", 3, "id");
    }
    SECTION("a rate that is not a number") {
        editBundle(r.bundle, QStringLiteral("loan_products.csv"),
                   [](QByteArray csv) { return setCell(csv, 2, "rate_percent", "1-5"); });
        located(r.refused("bundle.invalid"), "loan_products.csv", 2, "rate_percent");
    }
    SECTION("the same key twice") {
        editBundle(r.bundle, people, [](QByteArray csv) {
            const QList<QByteArray> lines = csv.split('\n');
            return csv + lines.at(1) + '\n';
        });
        const Error problem = r.refused("bundle.invalid");
        located(problem, "people.csv", 5, "id");
    }
}

TEST_CASE("A damaged or foreign bundle is refused before anything is read into the file") {
    Refusal r;
    SECTION("wrong checksum") {
        editBundle(
            r.bundle, QStringLiteral("people.csv"),
            [](QByteArray csv) { return setCell(csv, 2, "phone", "0899999999"); }, false);
        const Error problem = r.refused("bundle.invalid");
        CHECK(problem.code() == QStringLiteral("bundle.checksum"));
        CHECK(problem.where().file == QStringLiteral("people.csv"));
    }
    SECTION("truncated zip") {
        QFile file(r.bundle);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() / 2));
        file.close();
        const Error problem = r.refused("bundle.zip");
        CHECK(problem.message().contains(QStringLiteral("คัดลอกมาไม่ครบ")));
    }
    SECTION("not a zip at all") {
        QFile file(r.bundle);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("id,name\r\n1,x\r\n");
        file.close();
        r.refused("bundle.zip");
    }
    SECTION("from a newer format") {
        r.editManifest("format_version", 2);
        CHECK(r.refused("bundle.newer_format").message().contains(QStringLiteral("ใหม่กว่า")));
    }
    SECTION("an export time that is not UTC") {
        QMap<QString, QByteArray> entries = readZip(r.bundle);
        QJsonObject manifest = QJsonDocument::fromJson(entries.value(QStringLiteral("manifest.json"))).object();
        manifest.insert(QStringLiteral("exported_at"), QStringLiteral("2026-12-02T14:40:00+07:00"));
        entries[QStringLiteral("manifest.json")] = QJsonDocument(manifest).toJson();
        writeZip(r.bundle, entries);
        r.refused("bundle.manifest");
    }
    SECTION("from a newer schema") {
        r.editManifest("schema_version", 99);
        CHECK(r.refused("bundle.newer_schema").message().contains(QStringLiteral("99")));
    }
    SECTION("a file the manifest does not list") {
        QMap<QString, QByteArray> entries = readZip(r.bundle);
        entries.insert(QStringLiteral("extra.csv"), "a\r\n");
        writeZip(r.bundle, entries);
        located(r.refused("bundle.invalid"), "extra.csv", 0, "");
    }
}

TEST_CASE("An export that cannot be written says so and leaves no file") {
    SavingsFixture village;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("no-such-folder/village.zip"));
    const ExchangeError error = exchangeError([&] { exportBundle(village.db(), {}, path); });
    CHECK(error.code() == QStringLiteral("bundle.write"));
    CHECK(error.message().contains(QStringLiteral("village.zip")));
    CHECK_FALSE(QFileInfo::exists(path));
}
