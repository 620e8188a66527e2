#include "base/Error.h"
#include "base/Version.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "runtime/Logging.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

#include <functional>
#include <map>

namespace {

QString usage() {
    return QCoreApplication::translate(
        "Cli",
        "วิธีใช้: thanrak-cli คำสั่ง [ตัวเลือก]\n"
        "  init FILE                      สร้างไฟล์ข้อมูลใหม่\n"
        "  demo FILE                      สร้างไฟล์อำเภอตัวอย่าง\n"
        "  check FILE                     ตรวจความสมบูรณ์และรุ่นของไฟล์\n"
        "  bahttext AMOUNT                อ่านจำนวนเงินเป็นตัวอักษร\n"
        "  thai-date YYYY-MM-DD [--style long|short|numeric] [--thai-digits]\n"
        "                                 แสดงวันที่แบบไทย (พ.ศ.)\n"
        "  check-id ID                    ตรวจเลขประจำตัวประชาชน\n"
        "  loan-schedule --principal P --rate R --rate-period month|year --months N\n"
        "      --method flat|equal-principal|annuity|maturity --start YYYY-MM-DD\n"
        "                                 ตารางผ่อนชำระเงินกู้เป็น CSV (R เป็นร้อยละ)\n"
        "  orgs --db FILE                 รายชื่อองค์กร: รหัส ประเภท ชื่อ (คั่นด้วย tab)\n"
        "  report --list                  รายชื่อรายงานทั้งหมด\n"
        "  report NAME --db FILE [--org CODE] [--member NO] [--subdistrict CODE]\n"
        "      [--product ID] [--plan ID [--version N]]\n"
        "      [--from YYYY-MM-DD --to YYYY-MM-DD | --year YYYY] [--thai-digits] [--full-ids]\n"
        "      --out FILE.pdf|FILE.csv    พิมพ์รายงานเป็น PDF หรือ CSV\n"
        "  export --db FILE [--org CODE ...] [--subdistrict CODE] [--village CODE] --out BUNDLE.zip\n"
        "                                 ส่งออกชุดข้อมูล (ทั้งไฟล์ถ้าไม่เลือกองค์กร)\n"
        "  import --db FILE BUNDLE.zip [--dry-run]\n"
        "                                 นำเข้าชุดข้อมูล (--dry-run ดูผลก่อนโดยไม่บันทึก)\n"
        "  import-people --db FILE --org CODE FILE.csv [--mapping FILE.json] [--encoding E]\n"
        "      [--header-row N] [--ce] [--opening-date YYYY-MM-DD] [--dry-run]\n"
        "                                 นำเข้ารายชื่อสมาชิกและเงินสัจจะยกมาจากไฟล์ Excel (CSV)");
}

}  // namespace

int main(int argc, char* argv[]) {
    // Reports lay out Thai text with the system's fonts, which needs a GUI
    // application (offscreen: no display); every other command stays a plain
    // console program, so Qt's GUI options (-style, ...) never eat its arguments.
    const bool needsFonts = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (needsFonts)
        thanrak::cli::prepareOffscreen();
    const std::unique_ptr<QCoreApplication> app =
        needsFonts ? std::make_unique<QGuiApplication>(argc, argv)
                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Thanrak"));
    QCoreApplication::setApplicationName(QStringLiteral("Thanrak"));
    QCoreApplication::setApplicationVersion(thanrak::programVersion());
    using Handler = std::function<int(QStringList)>;
    const std::map<QString, Handler> commands = {
        {QStringLiteral("init"), thanrak::cli::initFile},
        {QStringLiteral("demo"), thanrak::cli::demoFile},
        {QStringLiteral("check"), thanrak::cli::checkFile},
        {QStringLiteral("bahttext"), thanrak::cli::bahtTextCommand},
        {QStringLiteral("thai-date"), thanrak::cli::thaiDateCommand},
        {QStringLiteral("check-id"), thanrak::cli::checkIdCommand},
        {QStringLiteral("loan-schedule"), thanrak::cli::loanScheduleCommand},
        {QStringLiteral("report"), thanrak::cli::reportCommand},
        {QStringLiteral("orgs"), thanrak::cli::orgsCommand},
        {QStringLiteral("export"), thanrak::cli::exportCommand},
        {QStringLiteral("import"), thanrak::cli::importCommand},
        {QStringLiteral("import-people"), thanrak::cli::importPeopleCommand},
    };
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || !commands.contains(args.front())) {
        thanrak::cli::printError(usage());
        return 2;
    }
    const QString name = args.takeFirst();
    thanrak::startLogging(QStringLiteral("thanrak-cli"));
    try {
        return commands.at(name)(args);
    } catch (const thanrak::Error& error) {
        thanrak::cli::printError(error.fullMessage());
        return 2;
    }
}
