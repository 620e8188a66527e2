#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include "cbmc/VersionRepository.h"
#include "domain/MembershipRepository.h"
#include "domain/OrganisationRepository.h"
#include "report/ReportPdf.h"
#include "reports/ReportCatalog.h"
#include "storage/Database.h"
#include "thai/ThaiDateParse.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace thanrak::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString reportUsage() {
    return Text::tr(
        "วิธีใช้: thanrak-cli report NAME --db FILE [--org CODE] [--member NO]\n"
        "           [--subdistrict CODE] [--product ID] [--plan ID [--version N]]\n"
        "           [--from YYYY-MM-DD --to YYYY-MM-DD | --year YYYY]\n"
        "           [--thai-digits] [--full-ids] --out FILE.pdf|FILE.csv\n"
        "       thanrak-cli report --list");
}

QDate dateOption(QStringList& args, const QString& name) {
    const QString text = takeOption(args, name);
    return text.isEmpty() ? QDate() : parseIsoDate(text);
}

// --year 2026 (C.E.); a B.E. year is refused rather than guessed.
QDate yearEnd(const QString& text) {
    bool ok = false;
    const int year = text.toInt(&ok);
    if (ok && year >= 2400)
        throw ThaiDateError(QStringLiteral("date.era"),
                            Text::tr("ปี %1 เป็นปี พ.ศ. ให้ใส่ปี ค.ศ. คือ %2").arg(year).arg(year - 543));
    if (!ok || year < 1900)
        throw ThaiDateError(QStringLiteral("date.format"),
                            Text::tr("ปี \"%1\" ใช้ไม่ได้ ให้ใส่ปี ค.ศ. 4 หลัก เช่น 2026").arg(text));
    return QDate(year, 12, 31);
}

QString organisationId(Database& db, const QString& code) {
    if (code.isEmpty())
        return {};
    const std::optional<Organisation> organisation = OrganisationRepository(db).findByCode(code);
    if (!organisation)
        throw Error(
            QStringLiteral("report.request"),
            Text::tr("ไม่พบองค์กรรหัส %1 ในไฟล์นี้ ดูรหัสได้ด้วย thanrak-cli orgs --db FILE").arg(code));
    return organisation->id;
}

QString membershipId(Database& db, const QString& organisation, const QString& memberNo) {
    if (memberNo.isEmpty())
        return {};
    for (const MemberRow& row : MembershipRepository(db).members(organisation, true))
        if (row.membership.memberNo == memberNo)
            return row.membership.id;
    throw Error(QStringLiteral("report.request"),
                Text::tr("ไม่พบสมาชิกเลขที่ %1 ในองค์กรนี้").arg(memberNo));
}
// --version 2: the plan's version of that number; none: its latest.
QString versionId(Database& db, const QString& planId, const QString& number) {
    if (number.isEmpty())
        return {};
    for (const PlanVersion& version : VersionRepository(db).versions(planId))
        if (QString::number(version.number) == number.trimmed())
            return version.id;
    throw Error(QStringLiteral("report.request"),
                Text::tr("ไม่พบฉบับที่ %1 ของแผนที่เลือก").arg(number));
}
}  // namespace

int reportCommand(QStringList args) {
    if (takeFlag(args, QStringLiteral("--list"))) {
        for (const ReportInfo& info : reportCatalog()) printLine(info.name);
        return 0;
    }
    const QString dbPath = takeOption(args, QStringLiteral("--db"));
    const QString out = takeOption(args, QStringLiteral("--out"));
    const QString orgCode = takeOption(args, QStringLiteral("--org"));
    const QString memberNo = takeOption(args, QStringLiteral("--member"));
    const QString year = takeOption(args, QStringLiteral("--year"));
    const QString versionNo = takeOption(args, QStringLiteral("--version"));
    ReportRequest request;
    request.subdistrictCode = takeOption(args, QStringLiteral("--subdistrict"));
    request.productId = takeOption(args, QStringLiteral("--product"));
    request.planId = takeOption(args, QStringLiteral("--plan"));
    request.from = dateOption(args, QStringLiteral("--from"));
    request.to = dateOption(args, QStringLiteral("--to"));
    request.showFullIds = takeFlag(args, QStringLiteral("--full-ids"));
    RenderOptions options;
    options.thaiDigits = takeFlag(args, QStringLiteral("--thai-digits"));
    if (args.size() != 1 || dbPath.isEmpty() || out.isEmpty()) {
        printError(reportUsage());
        return 2;
    }
    const std::optional<ReportInfo> info = findReport(args.front());
    if (!info) {
        printError(
            Text::tr("ไม่มีรายงานชื่อ \"%1\" ดูรายชื่อได้ด้วย thanrak-cli report --list").arg(args.front()));
        return 2;
    }
    if (!year.isEmpty()) {
        request.to = yearEnd(year);
        request.from = QDate(request.to.year(), 1, 1);
    }
    std::unique_ptr<Database> database = Database::open(dbPath);
    request.organisationId = organisationId(*database, orgCode);
    request.membershipId = membershipId(*database, request.organisationId, memberNo);
    request.versionId = versionId(*database, request.planId, versionNo);
    const ReportDocument document = buildReport(*database, *info, request);
    const int pages = saveReport(document, out, options);
    const QString path = QFileInfo(out).absoluteFilePath();
    printLine(pages > 0 ? Text::tr("บันทึก \"%1\" แล้ว %2 หน้า").arg(info->title).arg(pages)
                        : Text::tr("บันทึก \"%1\" เป็น CSV แล้ว").arg(info->title));
    printLine(path);
    return 0;
}

int orgsCommand(QStringList args) {
    const QString dbPath = takeOption(args, QStringLiteral("--db"));
    if (!args.isEmpty() || dbPath.isEmpty()) {
        printError(Text::tr("วิธีใช้: thanrak-cli orgs --db FILE"));
        return 2;
    }
    std::unique_ptr<Database> database = Database::open(dbPath);
    for (const OrganisationSummary& row : OrganisationRepository(*database).list({}))
        printLine(QStringLiteral("%1\t%2\t%3")
                      .arg(row.organisation.code, organisationKindKey(row.organisation.kind),
                           row.organisation.name));
    return 0;
}

}  // namespace thanrak::cli
