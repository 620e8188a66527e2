#include "ReportTimings.h"

#include "Timings.h"

#include "report/ReportCsv.h"
#include "report/ReportPdf.h"
#include "reports/ReportCatalog.h"

#include <cstdio>

namespace thanrak::bench {

namespace {
ReportDocument buildNamed(Database& db, const char* name, const QString& group, const QDate& asOf) {
    ReportRequest request;
    request.organisationId = group;
    request.to = asOf;
    request.today = asOf;
    return buildReport(db, *findReport(QString::fromLatin1(name)), request);
}

int pagesOf(const ReportDocument& document) {
    const QByteArray pdf = reportPdf(document);
    return static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r"));
}
}  // namespace

void timeReports(Database& db, const QString& group, const QDate& asOf, int runs) {
    std::printf("(4) reports of the big group (a user waits for these)\n");
    const ReportDocument meeting = buildNamed(db, "meeting-report", group, asOf);
    int rows = 0;
    for (const ReportBlock& block : meeting.blocks)
        if (const auto* table = std::get_if<ReportTable>(&block))
            rows += table->rows.size();
    std::printf("  meeting report: %d table rows\n", rows);
    report(QStringLiteral("meeting report: build from the file"),
           medianMs(runs, [&](int) { buildNamed(db, "meeting-report", group, asOf); }), runs);
    report(QStringLiteral("meeting report: lay out and write the PDF"),
           medianMs(runs, [&](int) { reportPdf(meeting); }), runs);
    report(QStringLiteral("meeting report: write the CSV"),
           medianMs(runs, [&](int) { reportCsv(meeting); }), runs);
    report(QStringLiteral("meeting report: build + PDF (what the user waits)"),
           medianMs(runs, [&](int) { reportPdf(buildNamed(db, "meeting-report", group, asOf)); }),
           runs);
    for (const char* name : {"loan-register", "sajja-grid", "cash-book"}) {
        const ReportDocument document = buildNamed(db, name, group, asOf);
        report(QStringLiteral("%1: build + PDF (%2 pages)")
                   .arg(QLatin1String(name))
                   .arg(pagesOf(document)),
               medianMs(runs, [&](int) { reportPdf(buildNamed(db, name, group, asOf)); }), runs);
    }
    const ReportDocument district = buildNamed(db, "district-summary", {}, asOf);
    report(QStringLiteral("district summary of every organisation: build"),
           medianMs(runs, [&](int) { buildNamed(db, "district-summary", {}, asOf); }), runs);
    report(QStringLiteral("district summary: PDF (%1 pages)").arg(pagesOf(district)),
           medianMs(runs, [&](int) { reportPdf(district); }), runs);
}

}  // namespace thanrak::bench
