#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include "demo/DemoDistrict.h"
#include "domain/ReferenceData.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace thanrak::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

std::unique_ptr<Database> createWithPlaces(const QString& path) {
    std::unique_ptr<Database> database = Database::create(path);
    installReferenceData(*database);
    return database;
}
}  // namespace

int initFile(QStringList args) {
    if (args.size() != 1) {
        printError(Text::tr("วิธีใช้: thanrak-cli init FILE"));
        return 2;
    }
    createWithPlaces(args.front());
    spdlog::info("created a new file");
    printLine(Text::tr("สร้างไฟล์ใหม่แล้ว พร้อมรายชื่อจังหวัดและอำเภอ"));
    printLine(QFileInfo(args.front()).absoluteFilePath());
    return 0;
}

int demoFile(QStringList args) {
    if (args.size() != 1) {
        printError(Text::tr("วิธีใช้: thanrak-cli demo FILE"));
        return 2;
    }
    std::unique_ptr<Database> database = createWithPlaces(args.front());
    const DemoSummary s = createDemoDistrict(*database);
    spdlog::info("demo district {}: {} villages, {} people", s.districtCode.toStdString(),
                 s.villages, s.people);
    printLine(Text::tr("อำเภอตัวอย่าง: %1 (รหัส %2)").arg(s.districtName, s.districtCode));
    printLine(Text::tr("ตำบล %1 แห่ง หมู่บ้าน %2 แห่ง องค์กร %3 แห่ง")
                  .arg(s.subdistricts)
                  .arg(s.villages)
                  .arg(s.organisations));
    printLine(Text::tr("บุคคล %1 คน สมาชิกภาพ %2 รายการ ตำแหน่งกรรมการ %3 ตำแหน่ง")
                  .arg(s.people)
                  .arg(s.memberships)
                  .arg(s.committeeSeats));
    printLine(QFileInfo(args.front()).absoluteFilePath());
    return 0;
}

int checkFile(QStringList args) {
    if (args.size() != 1) {
        printError(Text::tr("วิธีใช้: thanrak-cli check FILE"));
        return 2;
    }
    std::unique_ptr<Database> database = Database::open(args.front());
    const IntegrityReport report = database->check();
    for (const QString& problem : report.problems) printLine(problem);
    if (!database->backupPath().isEmpty())
        printLine(Text::tr("ปรับรุ่นไฟล์แล้ว สำเนาก่อนปรับรุ่นอยู่ที่ %1").arg(database->backupPath()));
    if (report.ok) {
        printLine(Text::tr("ไฟล์สมบูรณ์ โครงสร้างรุ่น %1").arg(report.schemaVersion));
        return 0;
    }
    printLine(Text::tr("พบปัญหา %1 รายการ").arg(report.problems.size()));
    return 1;
}

}  // namespace thanrak::cli
