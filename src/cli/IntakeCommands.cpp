#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include "domain/OrganisationRepository.h"
#include "intake/IntakeMapping.h"
#include "intake/PeopleIntake.h"
#include "intake/SheetFile.h"
#include "money/MoneyFormat.h"
#include "storage/Database.h"
#include "thai/ThaiDateParse.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace thanrak::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("intake.read"), Text::tr("เปิดไฟล์ %1 ไม่ได้").arg(QFileInfo(path).fileName()));
    return file.readAll();
}

std::optional<TextEncoding> encodingOption(const QString& text) {
    if (text.isEmpty())
        return std::nullopt;
    const QString name = text.toLower();
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (name == QLatin1String("windows-874") || name == QLatin1String("tis-620") || name == QLatin1String("874"))
        return TextEncoding::Windows874;
    if (name == QLatin1String("utf-16") || name == QLatin1String("utf-16le"))
        return TextEncoding::Utf16LE;
    throw Error(QStringLiteral("intake.encoding"),
                Text::tr("ไม่รู้จักรหัสอักขระ %1 (ใช้ utf-8, windows-874 หรือ utf-16)").arg(text));
}
}  // namespace

int importPeopleCommand(QStringList args) {
    const QString dbPath = takeOption(args, QStringLiteral("--db"));
    const QString code = takeOption(args, QStringLiteral("--org"));
    const QString mappingPath = takeOption(args, QStringLiteral("--mapping"));
    const QString encoding = takeOption(args, QStringLiteral("--encoding"));
    const QString headerRow = takeOption(args, QStringLiteral("--header-row"), QStringLiteral("1"));
    const QString opening = takeOption(args, QStringLiteral("--opening-date"));
    const bool commonEra = takeFlag(args, QStringLiteral("--ce"));
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    if (dbPath.isEmpty() || code.isEmpty() || args.size() != 1) {
        printError(Text::tr("วิธีใช้: thanrak-cli import-people --db FILE --org CODE FILE.csv [--mapping FILE.json] "
                            "[--encoding utf-8|windows-874|utf-16] [--header-row N] [--ce] "
                            "[--opening-date YYYY-MM-DD] [--dry-run]"));
        return 2;
    }
    std::unique_ptr<Database> database = Database::open(dbPath);
    const std::optional<Organisation> organisation = OrganisationRepository(*database).findByCode(code);
    if (!organisation)
        throw Error(QStringLiteral("intake.org"),
                    Text::tr("ไม่พบองค์กรรหัส %1 ในไฟล์นี้ ดูรหัสได้ด้วย thanrak-cli orgs --db FILE").arg(code));
    SheetOptions options;
    options.encoding = encodingOption(encoding);
    options.headerRow = headerRow.toInt();
    const Sheet sheet = readSheet(readAll(args.front()), options);
    IntakeMapping mapping = mappingPath.isEmpty() ? recalledMapping(*database, organisation->id, sheet.header)
                                                  : mappingFromJson(readAll(mappingPath), sheet.header);
    if (!mapping.missingColumns.isEmpty())
        throw Error(QStringLiteral("intake.mapping"),
                    Text::tr("ไฟล์ %1 ไม่มีคอลัมน์ %2 ที่การจับคู่ระบุไว้ ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง")
                        .arg(QFileInfo(args.front()).fileName(), mapping.missingColumns.join(QStringLiteral(", "))));
    if (commonEra)
        mapping.era = Era::CommonEra;
    if (!opening.isEmpty())
        mapping.openingDate = parseIsoDate(opening);
    const IntakePlan plan = planIntake(*database, organisation->id, sheet, mapping, QFileInfo(args.front()).fileName());
    for (const Error& problem : plan.problems())
        printError(problem.fullMessage());
    const int rejected = static_cast<int>(plan.rows.size()) - plan.cleanRows();
    if (plan.cleanRows() == 0) {
        printLine(Text::tr("ไม่มีแถวที่นำเข้าได้ (มีปัญหา %1 แถว) ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง").arg(rejected));
        return 2;
    }
    if (dryRun) {
        printLine(Text::tr("ทดลองนำเข้า (ยังไม่บันทึก): นำเข้าได้ %1 แถว มีปัญหา %2 แถว").arg(plan.cleanRows()).arg(rejected));
        return 0;
    }
    const IntakeResult result = applyIntake(*database, plan, mapping);
    rememberMapping(*database, organisation->id, mapping, sheet.header);
    printLine(Text::tr("นำเข้าแล้ว: บุคคลใหม่ %1 สมาชิกใหม่ %2 เงินสัจจะยกมา %3 บาท ข้าม %4 แถวที่มีปัญหา")
                  .arg(result.people)
                  .arg(result.members)
                  .arg(formatMoney(result.openingSavings))
                  .arg(rejected));
    return 0;
}

}  // namespace thanrak::cli
