#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include "domain/OrganisationRepository.h"
#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "exchange/ExchangeError.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace thanrak::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QStringList takeAll(QStringList& args, const QString& name) {
    QStringList values;
    for (QString value = takeOption(args, name); !value.isEmpty(); value = takeOption(args, name))
        values << value;
    return values;
}

int refused(const ExchangeError& error) {
    for (const Error& problem : error.problems())
        printError(problem.fullMessage());
    if (error.problems().size() > 1)
        printError(Text::tr("พบปัญหา %1 รายการ ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง").arg(error.problems().size()));
    return 2;
}

void printCounts(const TableImportCounts& row, const QString& name) {
    printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                  .arg(name)
                  .arg(row.incoming)
                  .arg(row.added)
                  .arg(row.updated)
                  .arg(row.leftAsIs())
                  .arg(row.conflicts)
                  .arg(row.deleted));
}
}  // namespace

int exportCommand(QStringList args) {
    const QString dbPath = takeOption(args, QStringLiteral("--db"));
    const QString out = takeOption(args, QStringLiteral("--out"));
    const QStringList codes = takeAll(args, QStringLiteral("--org"));
    const QStringList places = takeAll(args, QStringLiteral("--subdistrict")) +
                               takeAll(args, QStringLiteral("--village"));
    if (dbPath.isEmpty() || out.isEmpty() || !args.isEmpty()) {
        printError(Text::tr("วิธีใช้: thanrak-cli export --db FILE [--org CODE ...] [--subdistrict CODE] "
                            "[--village CODE] --out BUNDLE.zip"));
        return 2;
    }
    std::unique_ptr<Database> database = Database::open(dbPath);
    ExportScope scope;
    for (const QString& code : codes) {
        const std::optional<Organisation> organisation = OrganisationRepository(*database).findByCode(code);
        if (!organisation)
            throw Error(QStringLiteral("export.scope"),
                        Text::tr("ไม่พบองค์กรรหัส %1 ในไฟล์นี้ ดูรหัสได้ด้วย thanrak-cli orgs --db FILE").arg(code));
        scope.organisationIds << organisation->id;
    }
    for (const QString& place : places) {
        const QStringList ids = organisationsInPlace(*database, place);
        if (ids.isEmpty())
            throw Error(QStringLiteral("export.scope"), Text::tr("ไม่มีองค์กรในพื้นที่รหัส %1").arg(place));
        scope.organisationIds << ids;
    }
    try {
        const ExportSummary summary = exportBundle(*database, scope, out);
        for (const auto& [table, rows] : summary.rowsByTable)
            if (rows > 0)
                printLine(QStringLiteral("%1\t%2").arg(table).arg(rows));
        printLine(Text::tr("ส่งออก %1 องค์กร %2 แถว (ลบ %3 รายการ) ขนาด %4 KB: %5")
                      .arg(summary.organisations)
                      .arg(summary.totalRows)
                      .arg(summary.tombstones)
                      .arg((summary.zipBytes + 1023) / 1024)
                      .arg(QFileInfo(out).absoluteFilePath()));
        return 0;
    } catch (const ExchangeError& error) {
        return refused(error);
    }
}

int importCommand(QStringList args) {
    const QString dbPath = takeOption(args, QStringLiteral("--db"));
    ImportOptions options;
    options.dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    if (dbPath.isEmpty() || args.size() != 1) {
        printError(Text::tr("วิธีใช้: thanrak-cli import --db FILE BUNDLE.zip [--dry-run]"));
        return 2;
    }
    std::unique_ptr<Database> database = Database::open(dbPath);
    try {
        const ImportSummary summary = importBundle(*database, args.front(), options);
        printLine(Text::tr("ชุดข้อมูลจาก %1 ส่งออกเมื่อ %2 (%3 องค์กร)")
                      .arg(summary.sourceName, summary.exportedAt)
                      .arg(summary.organisationCodes.size()));
        if (!summary.alreadyImportedAt.isEmpty())
            printLine(Text::tr("ชุดข้อมูลนี้เคยนำเข้าแล้วเมื่อ %1").arg(summary.alreadyImportedAt));
        printLine(Text::tr("ตาราง\tเข้ามา\tเพิ่ม\tแก้ไข\tเหมือนเดิม\tขัดแย้ง\tลบ"));
        for (const TableImportCounts& row : summary.tables)
            if (row.incoming > 0 || row.deleted > 0 || row.conflicts > 0)
                printCounts(row, row.table);
        const TableImportCounts totals = summary.totals();
        printCounts(totals, Text::tr("รวม"));
        printLine((summary.dryRun ? Text::tr("ทดลองนำเข้า (ยังไม่บันทึก): ") : Text::tr("นำเข้าแล้ว: ")) +
                  Text::tr("เพิ่ม %1 แก้ไข %2 เหมือนเดิม %3 ขัดแย้ง %4 ลบ %5")
                      .arg(totals.added)
                      .arg(totals.updated)
                      .arg(totals.leftAsIs())
                      .arg(totals.conflicts)
                      .arg(totals.deleted));
        return 0;
    } catch (const ExchangeError& error) {
        return refused(error);
    }
}

}  // namespace thanrak::cli
