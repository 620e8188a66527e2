#include "reports/ReportStory.h"

#include "fund/GradeRepository.h"
#include "report/ReportCsv.h"
#include "report/ReportPdf.h"
#include "savings/ReceiptPosting.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace thanrak::test {

ReportStory::ReportStory() {
    const QString emergency = addProduct(emergencyProduct());
    a = join(QStringLiteral("อารีย์"), 2, day("2026-01-01"));
    b = join(QStringLiteral("บุญมี"), 3, day("2026-01-01"));
    using K = ReceiptLineKind;
    pay(a, day("2026-01-05"), {{K::Sajja, money("100"), {}, 0, QStringLiteral("2026-01"), {}}});
    pay(b, day("2026-01-05"), {{K::Sajja, money("150"), {}, 0, QStringLiteral("2026-01"), {}}});
    pay(a, day("2026-02-05"), {{K::Sajja, money("100"), {}, 0, QStringLiteral("2026-02"), {}}});
    pay(b, day("2026-02-05"),
        {{K::Sajja, money("150"), {}, 0, QStringLiteral("2026-02"), {}},
         {K::Fine, money("10"), {}, 0, QStringLiteral("2026-01"), {}}});
    loan = lend(b, money("3000"), 3, day("2026-02-05"), {}, emergency);
    pay(b, day("2026-03-05"),
        {{K::Sajja, money("150"), {}, 0, QStringLiteral("2026-03"), {}},
         {K::Principal, money("1000"), loan, 1, {}, {}},
         {K::Interest, money("30"), loan, 1, {}, {}}});
}

void ReportStory::pay(const QString& member, const QDate& when, const QList<ReceiptLine>& lines) {
    ReceiptPosting(db()).post({group.id, when, member, {}, PaymentMethod::Cash, lines});
}

ReportDocument ReportStory::build(const char* name, const QDate& from, const QDate& to,
                                  const QString& membershipId) {
    const std::optional<ReportInfo> info = findReport(QString::fromLatin1(name));
    REQUIRE(info);
    ReportRequest request;
    request.organisationId = group.id;
    request.from = from;
    request.to = to;
    request.membershipId = membershipId;
    request.today = day("2026-12-01");
    return buildReport(db(), *info, request);
}

void gradeFund2025(FundFixture& f) {
    GradeRepository grades(f.db());
    const GradingScheme scheme = grades.ensureDefaultScheme();
    FundGrade g;
    g.organisationId = f.fund.id;
    g.year = 2025;
    g.schemeId = scheme.id;
    g.assessedOn = day("2026-02-20");
    g.assessor = QStringLiteral("นางสาวพัฒนา ชุมชน");
    int i = 0;
    for (int points : {17, 12, 15, 14, 12, 8})
        g.scores.append({scheme.criteria.at(i++).key, points, {}});
    grades.save(g);
}

QByteArray pdfText(const ReportDocument& document, RenderOptions options) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    saveReport(document, pdf, options);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    INFO("pdftotext comes with Debian's poppler-utils (scripts/install-deps.sh)");
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    return pdftotext.readAllStandardOutput();
}

QStringList csvLines(const ReportDocument& document) {
    QByteArray bytes = reportCsv(document);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    QString text = QString::fromUtf8(bytes.mid(3));
    REQUIRE(text.endsWith(QStringLiteral("\r\n")));
    text.chop(2);
    return text.split(QStringLiteral("\r\n"));
}

void checkGolden(const QString& file, const QByteArray& actual) {
    const QString path = QStringLiteral(THANRAK_GOLDEN_DIR "/") + file;
    if (qEnvironmentVariable("THANRAK_UPDATE_GOLDEN") == QLatin1String("1")) {
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(actual);
        return;
    }
    QFile in(path);
    INFO("golden file " << path.toStdString());
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> expected = in.readAll().split('\n');
    const QList<QByteArray> lines = actual.split('\n');
    for (int i = 0; i < std::min(expected.size(), lines.size()); ++i) {
        INFO("line " << i + 1);
        REQUIRE(lines[i].toStdString() == expected[i].toStdString());
    }
    REQUIRE(lines.size() == expected.size());
}

}  // namespace thanrak::test
