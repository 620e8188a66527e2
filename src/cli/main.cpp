#include "base/Error.h"
#include "base/Version.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "runtime/Logging.h"

#include <QCoreApplication>

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
        "                                 ตารางผ่อนชำระเงินกู้เป็น CSV (R เป็นร้อยละ)");
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
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
    };
    QStringList args = app.arguments().mid(1);
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
