#include "reports/ReportStory.h"

#include "report/ReportPdf.h"
#include "reports/ReportSettings.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>

using namespace thanrak;
using namespace thanrak::test;

namespace {
const ReportSignatures& signaturesOf(const ReportDocument& document) {
    for (const ReportBlock& block : document.blocks)
        if (const auto* signatures = std::get_if<ReportSignatures>(&block))
            return *signatures;
    FAIL("no signature block");
    throw;
}
}  // namespace

TEST_CASE("an organisation's settings name its signatories and put its logo on the first page") {
    ReportStory s;
    const ReportDocument before = s.build("trial-balance", {}, day("2026-03-31"));
    CHECK(signaturesOf(before).signers.at(0).name.isEmpty());  // no committee in the story
    CHECK_FALSE(reportPdf(before).contains("/Subtype /Image"));

    TempDir dir;
    QImage picture(800, 400, QImage::Format_RGB32);
    picture.fill(Qt::darkGreen);
    const QString file = dir.path(QStringLiteral("logo.png"));
    REQUIRE(picture.save(file));
    ReportSettings settings;
    settings.organisationId = s.group.id;
    settings.logoPng = logoFromFile(file);
    settings.preparer = QStringLiteral("  นางสาวมาลี ใจดี ");
    settings.chair = QStringLiteral("นายสมชาย ขยัน");
    ReportSettingsRepository(s.db()).save(settings);

    const QImage stored = QImage::fromData(ReportSettingsRepository(s.db()).of(s.group.id).logoPng);
    CHECK(stored.size() == QSize(400, 200));  // scaled to fit 400 × 400
    const ReportDocument after = s.build("trial-balance", {}, day("2026-03-31"));
    const ReportSignatures& signers = signaturesOf(after);
    CHECK(signers.signers.at(0).name == QStringLiteral("นางสาวมาลี ใจดี"));
    CHECK(signers.signers.at(1).name == QStringLiteral("นายสมชาย ขยัน"));
    CHECK(signers.signers.at(2).name.isEmpty());  // still the committee's (none)
    CHECK(reportPdf(after).contains("/Subtype /Image"));
}

TEST_CASE("a file that is not a picture is refused as a logo, naming it") {
    TempDir dir;
    const QString file = dir.path(QStringLiteral("notes.txt"));
    QFile text(file);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("hello");
    text.close();
    try {
        logoFromFile(file);
        FAIL("not a picture");
    } catch (const Error& e) {
        CHECK(e.code() == QStringLiteral("report.logo"));
        CHECK(e.message().contains(QStringLiteral("notes.txt")));
    }
}
