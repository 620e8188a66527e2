#include "ui/UiTestSupport.h"

#include "cbmc/CanvasRepository.h"
#include "cbmc/PlanRepository.h"
#include "cbmc/VersionRepository.h"
#include "report/ReportCsv.h"
#include "reports/ReportRequestForm.h"
#include "reports/ReportSettingsDialog.h"
#include "reports/ReportsPage.h"
#include "support/OtopFixture.h"
#include "support/TempDir.h"
#include "support/YearEndStory.h"
#include "widgets/ThaiDateEdit.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

// The three-member year of YearEndStory: 2026's net profit is 1,023.37
// (interest 1,200.00 + fines 53.37 + bank interest 20.00 − expenses 250.00).
TEST_CASE("the treasurer picks the income statement, previews it and saves PDF and CSV") {
    YearStory s;
    ui::ReportsPage page(s.db());
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    page.choose(QStringLiteral("income-statement"));
    ui::ReportRequestForm* form = page.form();
    CHECK(form->organisations()->count() == 1);
    CHECK(form->fromEdit()->isVisible());
    CHECK_FALSE(form->yearEdit()->isVisible());
    clearText(form->fromEdit()->lineEdit());
    typeText(form->fromEdit()->lineEdit(), QStringLiteral("1/1/2569"));
    clearText(form->toEdit()->lineEdit());
    typeText(form->toEdit()->lineEdit(), QStringLiteral("31/12/2569"));

    bool previewed = false;
    whenDialogOpens([&previewed](QWidget* dialog) {
        previewed = qobject_cast<QPrintPreviewDialog*>(dialog) != nullptr;
        dialog->close();
    });
    QTest::mouseClick(page.previewButton(), Qt::LeftButton);
    CHECK(previewed);

    TempDir dir;
    REQUIRE(page.saveTo(dir.path(QStringLiteral("งบ.csv"))));
    QFile csv(dir.path(QStringLiteral("งบ.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("กำไรสุทธิ,,1023.37")));
    REQUIRE(page.saveTo(dir.path(QStringLiteral("งบ.pdf"))));
    CHECK(page.outcome()->text().contains(QStringLiteral("บันทึกแล้ว 1 หน้า")));
}

TEST_CASE("the form asks only what the chosen report needs, and refuses dates out of order") {
    YearStory s;
    ui::ReportsPage page(s.db());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.choose(QStringLiteral("sajja-grid"));
    CHECK(page.form()->yearEdit()->isVisible());
    CHECK_FALSE(page.form()->toEdit()->isVisible());
    page.choose(QStringLiteral("meeting-report"));
    CHECK(page.form()->monthEdit()->isVisible());
    page.choose(QStringLiteral("district-summary"));
    CHECK_FALSE(page.form()->organisations()->isVisible());
    page.choose(QStringLiteral("grading-sheet"));
    CHECK(page.form()->organisations()->count() == 0);  // the story has no village fund
    QTest::mouseClick(page.csvButton(), Qt::LeftButton);
    CHECK(page.outcome()->text().contains(QStringLiteral("ต้องเลือกองค์กรก่อน")));

    page.choose(QStringLiteral("cash-book"));
    clearText(page.form()->fromEdit()->lineEdit());
    typeText(page.form()->fromEdit()->lineEdit(), QStringLiteral("31/12/2569"));
    clearText(page.form()->toEdit()->lineEdit());
    typeText(page.form()->toEdit()->lineEdit(), QStringLiteral("1/1/2569"));
    TempDir dir;
    CHECK_FALSE(page.saveTo(dir.path(QStringLiteral("x.pdf"))));
    CHECK(page.outcome()->text().contains(QStringLiteral("วันเริ่มต้น")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("x.pdf"))));
}

TEST_CASE("the treasurer sets the logo and the names printed under the signature lines") {
    YearStory s;
    ui::ReportsPage page(s.db());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.choose(QStringLiteral("cash-book"));
    TempDir dir;
    QImage picture(60, 60, QImage::Format_RGB32);
    picture.fill(Qt::darkBlue);
    const QString file = dir.path(QStringLiteral("logo.png"));
    REQUIRE(picture.save(file));
    whenDialogOpens([&file](QWidget* dialog) {
        auto* settings = qobject_cast<ui::ReportSettingsDialog*>(dialog);
        REQUIRE(settings);
        CHECK_FALSE(settings->useLogoFile(dialog->windowTitle()));  // not a file
        CHECK(settings->useLogoFile(file));
        typeText(settings->preparerEdit(), QStringLiteral("นางสาวมาลี ใจดี"));
        typeText(settings->auditorEdit(), QStringLiteral("นายตรวจ ถี่ถ้วน"));
        settings->accept();
    });
    QTest::mouseClick(page.settingsButton(), Qt::LeftButton);
    const ReportSettings saved = ReportSettingsRepository(s.db()).of(s.group.id);
    CHECK(saved.preparer == QStringLiteral("นางสาวมาลี ใจดี"));
    CHECK(saved.chair.isEmpty());
    CHECK(saved.auditor == QStringLiteral("นายตรวจ ถี่ถ้วน"));
    CHECK(QImage::fromData(saved.logoPng).size() == QSize(60, 60));
}

// The plan reports and the product sheet are printed from the reports page
// too: a plan and one of its versions are chosen there (version 1's canvas
// has no card; version 2's has its 9,000.00 cost), and one product's sheet
// is one page, the district's one page per product.
TEST_CASE("a plan's canvas of a chosen version and one product's sheet print from the reports page") {
    OtopFixture f;
    BusinessPlan plan{{}, f.producer.organisationId, QStringLiteral("แผนกล้วยตาก"), {}};
    const PlanVersion v1 = PlanRepository(f.db()).create(plan, QDate(2026, 1, 15));
    const PlanVersion v2 = VersionRepository(f.db()).newVersion(v1.id, QDate(2026, 6, 1));
    CanvasItem cost;
    cost.versionId = v2.id;
    cost.block = CanvasBlock::CostStructure;
    cost.text = QStringLiteral("ค่ากล้วยดิบ");
    cost.amount = Money::fromBaht(9000);
    CanvasRepository(f.db()).add(cost);
    f.addProduct(QStringLiteral("ชาใบกล้วย"), OtopCategory::Drink);

    ui::ReportsPage page(f.db());
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    page.choose(QStringLiteral("business-canvas"));
    ui::ReportRequestForm* form = page.form();
    CHECK(form->plans()->isVisible());
    CHECK_FALSE(form->organisations()->isVisible());
    REQUIRE(form->plans()->count() == 1);
    REQUIRE(form->versions()->count() == 3);  // the latest, version 1, version 2
    std::optional<ReportDocument> latest = page.build();
    REQUIRE(latest);
    CHECK(QString::fromUtf8(reportCsv(*latest)).contains(QStringLiteral("9000.00")));
    form->versions()->setCurrentIndex(1);
    std::optional<ReportDocument> first = page.build();
    REQUIRE(first);
    CHECK(first->header.period.contains(QStringLiteral("ฉบับที่ 1")));
    CHECK_FALSE(QString::fromUtf8(reportCsv(*first)).contains(QStringLiteral("9000.00")));

    page.choose(QStringLiteral("product-sheet"));
    CHECK(form->products()->isVisible());
    CHECK_FALSE(form->plans()->isVisible());
    REQUIRE(form->products()->count() == 3);  // all, and the two products
    const int tea = form->products()->findText(QStringLiteral("ชาใบกล้วย"), Qt::MatchStartsWith);
    REQUIRE(tea > 0);
    form->products()->setCurrentIndex(tea);
    std::optional<ReportDocument> sheet = page.build();
    REQUIRE(sheet);
    const QString one = QString::fromUtf8(reportCsv(*sheet));
    CHECK(one.contains(QStringLiteral("ชาใบกล้วย")));
    CHECK_FALSE(one.contains(QStringLiteral("กล้วยตากหนองบัว")));
    form->products()->setCurrentIndex(0);
    sheet = page.build();
    REQUIRE(sheet);
    CHECK(QString::fromUtf8(reportCsv(*sheet)).contains(QStringLiteral("กล้วยตากหนองบัว")));
}
