#include "ui/UiTestSupport.h"

#include "otop/ExpiryReminder.h"
#include "otop/ExpiryTab.h"
#include "otop/OtopOverviewTab.h"
#include "otop/OtopPage.h"
#include "otop/ProducersTab.h"
#include "otop/ProductsTab.h"
#include "otop/OtopTypes.h"
#include "support/DomainFixture.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"
#include "widgets/RecordDialog.h"
#include "widgets/ThaiDateEdit.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

namespace {
void save(QWidget* dialog) {
    auto* record = qobject_cast<ui::RecordDialog*>(dialog);
    REQUIRE(record);
    REQUIRE(record->saveButton()->isEnabled());
    QTest::mouseClick(record->saveButton(), Qt::LeftButton);
}

void type(QWidget* dialog, const char* name, const QString& text) {
    auto* edit = named<QLineEdit>(dialog, name);
    REQUIRE(edit);
    clearText(edit);
    typeText(edit, text);
}

void typeDate(QWidget* dialog, const char* name, const QDate& day) {
    auto* edit = named<ui::ThaiDateEdit>(dialog, name);
    REQUIRE(edit);
    clearText(edit->lineEdit());
    typeText(edit->lineEdit(), formatThaiDate(day, ThaiDateStyle::Numeric));
}
}  // namespace

// A district officer registers a community group as a producer, adds its
// banana chips (45.00 baht a bag), an อย. number running out in 30 days, its
// Product Champion scores 22 + 48 + 18 = 88 (4 stars under the default
// thresholds) and this month's sales: 120 bags (5,400.00) on Shopee and 300
// bags (13,500.00) at a fair, 18,900.00 in all, against a yearly target of
// 120,000.00: 15.75 %, shown as 15.8 %.
TEST_CASE("registering a producer, a product, a certificate, a rating and a month of sales") {
    DomainFixture f;
    f.addOrganisation(QStringLiteral("OTOP-001"), QStringLiteral("35020101"), OrganisationKind::OtopProducer);
    ui::OtopPage page(f.db());
    page.resize(1280, 760);
    page.show();
    page.refresh();
    const QDate today = QDate::currentDate();

    page.tabs()->setCurrentWidget(page.producers());
    whenDialogOpens([](QWidget* dialog) {
        auto* organisation = named<QComboBox>(dialog, "producerOrganisation");
        REQUIRE(organisation);
        pressDown(organisation);  // the group; its village and name follow
        type(dialog, "producerName", QStringLiteral("กลุ่มแม่บ้านแปรรูปกล้วยหนองบัว"));
        save(dialog);
    });
    QTest::mouseClick(named<QPushButton>(page.producers(), "addProducer"), Qt::LeftButton);
    REQUIRE(page.producers()->table()->rows() == 1);
    CHECK(page.producers()->table()->cellText(0, 2).contains(QStringLiteral("บ้านหนองบัว")));

    page.tabs()->setCurrentWidget(page.products());
    whenDialogOpens([](QWidget* dialog) {
        type(dialog, "productName", QStringLiteral("กล้วยตากหนองบัว"));
        type(dialog, "productUnit", QStringLiteral("ถุง"));
        type(dialog, "productPrice", QStringLiteral("45"));
        save(dialog);
    });
    QTest::mouseClick(named<QPushButton>(page.products(), "addProduct"), Qt::LeftButton);
    ui::ListTable* products = page.products()->table();
    REQUIRE(products->rows() == 1);
    CHECK(products->cellText(0, 0) == QStringLiteral("กล้วยตากหนองบัว"));
    REQUIRE_FALSE(page.products()->currentProductId().isEmpty());
    auto* details = named<QLabel>(page.products(), "productDetails");
    REQUIRE(details);
    CHECK(details->text().contains(QStringLiteral("45.00 บาท ต่อถุง")));

    QTabWidget* panel = page.products()->panel();
    panel->setCurrentIndex(1);
    whenDialogOpens([today](QWidget* dialog) {
        type(dialog, "certificateNumber", QStringLiteral("35-2-00156-2-0001"));
        typeDate(dialog, "certificateIssued", today.addYears(-3));
        typeDate(dialog, "certificateExpires", today.addDays(30));
        save(dialog);
    });
    QTest::mouseClick(named<QPushButton>(panel, "addCertificate"), Qt::LeftButton);
    auto* certificates = named<ui::ListTable>(panel, "certificatesTable");
    REQUIRE(certificates->rows() == 1);
    CHECK(certificates->cellText(0, 3) == QStringLiteral("อีก 30 วันหมดอายุ"));
    CHECK(page.expiry()->table()->rows() == 1);

    panel->setCurrentIndex(2);
    whenDialogOpens([](QWidget* dialog) {
        type(dialog, "ratingPart1", QStringLiteral("22"));
        type(dialog, "ratingPart2", QStringLiteral("48"));
        type(dialog, "ratingPart3", QStringLiteral("18"));
        auto* result = named<QLabel>(dialog, "ratingResult");
        REQUIRE(result);
        CHECK(result->text().contains(QStringLiteral("รวม 88 จาก 100")));
        CHECK(result->text().contains(QStringLiteral("(4 ดาว)")));
        save(dialog);
    });
    QTest::mouseClick(named<QPushButton>(panel, "rateProduct"), Qt::LeftButton);
    auto* ratings = named<ui::ListTable>(panel, "ratingsTable");
    REQUIRE(ratings->rows() == 1);
    CHECK(ratings->cellText(0, 4) == QStringLiteral("88"));
    CHECK(products->cellText(0, 2) == starText(4));

    panel->setCurrentIndex(3);
    whenDialogOpens([](QWidget* dialog) {
        type(dialog, "quantity_shopee", QStringLiteral("120"));
        type(dialog, "amount_shopee", QStringLiteral("-5400"));
        auto* record = qobject_cast<ui::RecordDialog*>(dialog);
        CHECK_FALSE(record->saveButton()->isEnabled());  // a negative amount
        type(dialog, "amount_shopee", QStringLiteral("5,400"));
        type(dialog, "quantity_fair", QStringLiteral("300"));
        type(dialog, "amount_fair", QStringLiteral("13500"));
        save(dialog);
    });
    QTest::mouseClick(named<QPushButton>(panel, "enterSales"), Qt::LeftButton);
    auto* plan = named<QLabel>(panel, "productPlan");
    REQUIRE(plan);
    CHECK(plan->text().contains(QStringLiteral("ขายแล้ว 18,900.00 บาท")));
    whenDialogOpens([](QWidget* dialog) {
        type(dialog, "targetAmount", QStringLiteral("120000"));
        save(dialog);
    });
    QTest::mouseClick(named<QPushButton>(panel, "setTarget"), Qt::LeftButton);
    CHECK(plan->text().contains(QStringLiteral("120,000.00")));
    CHECK(plan->text().contains(QStringLiteral("15.8%")));

    page.tabs()->setCurrentWidget(page.overview());
    CHECK(page.overview()->totals()->text().contains(QStringLiteral("ผลิตภัณฑ์ 1 รายการ")));
    CHECK(page.overview()->totals()->text().contains(QStringLiteral("18,900.00")));
    REQUIRE(page.overview()->tambons()->rows() == 1);
    CHECK(page.overview()->tambons()->cellText(0, 4) == QStringLiteral("1"));  // 4–5 stars

    ui::ExpiryReminder reminder(f.db());
    reminder.refresh();
    CHECK(reminder.text()->text().contains(QStringLiteral("35-2-00156-2-0001")));
    CHECK(reminder.text()->text().contains(QStringLiteral("อีก 30 วัน")));
}
