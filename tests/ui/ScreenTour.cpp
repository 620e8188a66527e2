#include "ui/UiTestSupport.h"

#include "app/AppLook.h"
#include "app/Translations.h"
#include "cbmc/BusinessPlansPage.h"
#include "cbmc/CanvasRepository.h"
#include "cbmc/KsnbTab.h"
#include "cbmc/PlanListTab.h"
#include "cbmc/LinkRepository.h"
#include "cbmc/PlanRepository.h"
#include "cbmc/VersionRepository.h"
#include "domain/OrganisationRepository.h"
#include "exchange/ExchangePage.h"
#include "exchange/ImportPreviewDialog.h"
#include "funds/FundPage.h"
#include "funds/LoanRoundsTab.h"
#include "funds/PoolsTab.h"
#include "organisations/OrganisationsPage.h"
#include "otop/OtopPage.h"
#include "otop/ExpiryTab.h"
#include "otop/OtopOverviewTab.h"
#include "otop/ProducersTab.h"
#include "otop/ProductsTab.h"
#include "people/PeoplePage.h"
#include "places/PlacesPage.h"
#include "reports/ReportsPage.h"
#include "runtime/AppSettings.h"
#include "savings/GroupPage.h"
#include "savings/RulesTab.h"
#include "shell/DatabaseSession.h"
#include "storage/Database.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

namespace {
// The savings-group page: each tab of the first demo group, and the rules form.
void tourGroupPage(ui::MainWindow& window, const QDir& out) {
    window.workspace()->setCurrentModule(1);
    auto* page = named<ui::GroupPage>(&window, "groupPage");
    REQUIRE(page);
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        window.grab().save(out.filePath(QStringLiteral("tour-group-%1.png").arg(tab)));
    }
    whenDialogOpens([&out](QWidget* dialog) {
        QTest::qWait(50);
        dialog->grab().save(out.filePath(QStringLiteral("tour-rules-dialog.png")));
    });
    page->tab<ui::RulesTab>()->issueNewVersion();
}

// The village-fund page of the first demo fund, its dialogs, and the
// district overview of all funds.
void tourFundPages(ui::MainWindow& window, const QDir& out) {
    window.workspace()->setCurrentModule(4);
    auto* page = named<ui::FundPage>(&window, "fundPage");
    REQUIRE(page);
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        window.grab().save(out.filePath(QStringLiteral("tour-fund-%1.png").arg(tab)));
    }
    auto shot = [&out](const char* name) {
        whenDialogOpens([&out, name](QWidget* dialog) {
            QTest::qWait(50);
            dialog->grab().save(out.filePath(QString::fromLatin1(name)));
        });
    };
    page->tabs()->setCurrentIndex(0);
    shot("tour-fund-pool-dialog.png");
    page->tab<ui::PoolsTab>()->openPool();
    page->tabs()->setCurrentWidget(page->tab<ui::LoanRoundsTab>());
    shot("tour-fund-round-dialog.png");
    page->tab<ui::LoanRoundsTab>()->openRound();
    window.workspace()->setCurrentModule(5);
    QTest::qWait(50);
    window.grab().save(out.filePath(QStringLiteral("tour-district-funds.png")));
}
// The OTOP page: a product's card, certificates, ratings and sales, the
// district's charts, the expiry list, and the rating and sales forms.
void tourOtop(ui::MainWindow& window, const QDir& out) {
    window.workspace()->setCurrentModule(6);
    auto* page = named<ui::OtopPage>(&window, "otopPage");
    REQUIRE(page);
    auto grabAs = [&](const char* name) {
        QTest::qWait(80);
        window.grab().save(out.filePath(QString::fromLatin1(name)));
    };
    page->tabs()->setCurrentWidget(page->products());
    const char* panels[] = {"tour-otop-product.png", "tour-otop-certificates.png",
                            "tour-otop-ratings.png", "tour-otop-sales.png"};
    for (int i = 0; i < 4; ++i) {
        page->products()->panel()->setCurrentIndex(i);
        grabAs(panels[i]);
    }
    auto shootDialog = [&out](const char* name) {
        whenDialogOpens([&out, name](QWidget* dialog) {
            QTest::qWait(80);
            dialog->grab().save(out.filePath(QString::fromLatin1(name)));
        });
    };
    shootDialog("tour-otop-sales-dialog.png");
    QTest::mouseClick(named<QPushButton>(page, "enterSales"), Qt::LeftButton);
    page->products()->panel()->setCurrentIndex(2);
    shootDialog("tour-otop-rating-dialog.png");
    QTest::mouseClick(named<QPushButton>(page, "rateProduct"), Qt::LeftButton);
    page->tabs()->setCurrentWidget(page->producers());
    grabAs("tour-otop-producers.png");
    page->tabs()->setCurrentWidget(page->overview());
    auto* views = named<QTabWidget>(page->overview(), "overviewViews");
    REQUIRE(views);
    const char* overview[] = {"tour-otop-overview-stars.png", "tour-otop-overview-sales.png",
                              "tour-otop-overview-tambons.png"};
    for (int i = 0; i < 3; ++i) {
        views->setCurrentIndex(i);
        grabAs(overview[i]);
    }
    page->tabs()->setCurrentWidget(page->expiry());
    grabAs("tour-otop-expiry.png");
}

// A plan drawn through the core (the demo file has none), then its canvas,
// figures and the comparison of its two versions.
void tourBusinessPlans(ui::MainWindow& window, Database& db, const QDir& out) {
    const QList<OrganisationSummary> organisations = OrganisationRepository(db).list({});
    REQUIRE(!organisations.isEmpty());
    BusinessPlan plan{QString(), organisations.first().organisation.id, QStringLiteral("แผนผักปลอดสารพิษ"), {}};
    const PlanVersion first = PlanRepository(db).create(plan, QDate(2025, 3, 1));
    CanvasRepository cards(db);
    QHash<int, QString> ids;
    const auto card = [&](CanvasBlock block, const QString& text, qint64 baht = -1) {
        CanvasItem item;
        item.versionId = first.id;
        item.block = block;
        item.text = text;
        if (baht >= 0) item.amount = Money::fromBaht(baht);
        cards.add(item);
        ids.insert(blockNumber(block), item.id);
    };
    card(CanvasBlock::ValueProposition, QStringLiteral("ผักปลอดสารพิษ เก็บเช้าส่งถึงมือภายในวัน"));
    card(CanvasBlock::CustomerSegments, QStringLiteral("โรงพยาบาลอำเภอและโรงเรียนในตำบล"));
    card(CanvasBlock::Channels, QStringLiteral("เพจเฟซบุ๊กของกลุ่มและไลน์กลุ่มลูกค้า"));
    card(CanvasBlock::CustomerRelationships, QStringLiteral("สมาชิกรายเดือน ส่งผักทุกวันจันทร์"));
    card(CanvasBlock::RevenueStreams, QStringLiteral("ขายส่งโรงพยาบาล"), 36000);
    card(CanvasBlock::RevenueStreams, QStringLiteral("ขายปลีกตลาดนัด"), 12500);
    card(CanvasBlock::KeyActivities, QStringLiteral("ปลูกผักหมุนเวียนตามรอบสั่งซื้อ"));
    card(CanvasBlock::KeyResources, QStringLiteral("แปลงรวม 3 ไร่และบ่อน้ำของหมู่บ้าน"));
    card(CanvasBlock::KeyPartners, QStringLiteral("เกษตรอำเภอ: เมล็ดพันธุ์และการรับรอง GAP"));
    card(CanvasBlock::CostStructure, QStringLiteral("เมล็ดพันธุ์ ปุ๋ยหมัก และค่าขนส่ง"), 9000);
    LinkRepository links(db);
    for (const auto& [from, to] : {std::pair{6, 1}, std::pair{9, 6}, std::pair{8, 9}}) {
        CanvasLink link{QString(), ids.value(from), ids.value(to)};
        links.add(link);
    }
    VersionRepository(db).newVersion(first.id, QDate(2025, 9, 1), QStringLiteral("หลังประชุมเดือนกันยายน"));

    window.workspace()->setCurrentModule(7);
    auto* page = named<ui::BusinessPlansPage>(&window, "businessPlansPage");
    REQUIRE(page);
    page->refresh();
    page->select(plan.id);
    const char* shots[] = {"tour-cbmc-list.png",  "tour-cbmc-canvas.png", "tour-cbmc-figures.png",
                           "tour-cbmc-ksnb.png",  "tour-cbmc-steps.png",  "tour-cbmc-compare.png"};
    for (int i = 0; i < 6; ++i) {
        page->tabs()->setCurrentIndex(i);
        QTest::qWait(80);
        window.grab().save(out.filePath(QString::fromLatin1(shots[i])));
    }
    page->tabs()->setCurrentIndex(0);
    const auto grabDialog = [&out](const char* name) {
        whenDialogOpens([&out, name](QWidget* dialog) {
            QTest::qWait(50);
            dialog->grab().save(out.filePath(QString::fromLatin1(name)));
        });
    };
    grabDialog("tour-cbmc-plan-dialog.png");
    page->planList()->editPlan();
    page->tabs()->setCurrentWidget(page->ksnb());
    grabDialog("tour-cbmc-ksnb-dialog.png");
    page->ksnb()->addItem();
    page->tabs()->setCurrentIndex(0);
}

// The reports page with the monthly meeting report chosen, and its print preview.
void tourReports(ui::MainWindow& window, const QDir& out) {
    window.workspace()->setCurrentModule(8);
    auto* page = named<ui::ReportsPage>(&window, "reportsPage");
    REQUIRE(page);
    page->choose(QStringLiteral("meeting-report"));
    QTest::qWait(50);
    window.grab().save(out.filePath(QStringLiteral("tour-reports.png")));
    whenDialogOpens([&out](QWidget* dialog) {
        dialog->resize(1300, 720);
        QTest::qWait(300);
        dialog->grab().save(out.filePath(QStringLiteral("tour-report-preview.png")));
        dialog->close();
    });
    QTest::mouseClick(page->previewButton(), Qt::LeftButton);
    whenDialogOpens([&out](QWidget* dialog) {
        QTest::qWait(50);
        dialog->grab().save(out.filePath(QStringLiteral("tour-report-settings.png")));
        dialog->close();
    });
    QTest::mouseClick(page->settingsButton(), Qt::LeftButton);
}

// The exchange page: a bundle of the whole file written and read back into
// the same file (all unchanged), its preview, and the lists.
void tourExchange(ui::MainWindow& window, const QDir& out, const QString& bundle) {
    window.workspace()->setCurrentModule(9);
    auto* page = named<ui::ExchangePage>(&window, "exchangePage");
    REQUIRE(page);
    REQUIRE(page->exportTo(bundle));
    page->confirmImport = [&out, page](const ImportSummary& summary) {
        ui::ImportPreviewDialog dialog(summary, page);
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(out.filePath(QStringLiteral("tour-exchange-preview.png")));
        return true;
    };
    REQUIRE(page->importFrom(bundle));
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        window.grab().save(out.filePath(QStringLiteral("tour-exchange-%1.png").arg(tab)));
    }
}
}  // namespace

// Not a check: pictures of every screen for a person to look at (Thai marks
// not clipped, nothing English in the Thai interface, sizes readable).
//   THANRAK_SHOTS=/tmp/shots tests/bin/test_ui "[.tour]"
TEST_CASE("screen tour", "[.tour]") {
    const QDir out(qEnvironmentVariable("THANRAK_SHOTS", QDir::tempPath()));
    ui::applyLook(*qApp, uiFontPointSize());
    ui::Translations translations;
    translations.apply(UiLanguage::Thai);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("tour.thanrak"));
    makeDemoFile(path, 6, QDate(2025, 1, 1));
    ui::DatabaseSession session;
    ui::MainWindow window(session);
    window.resize(1366, 740);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.grab().save(out.filePath(QStringLiteral("tour-start.png")));
    session.open(path);
    QTest::qWait(50);
    window.grab().save(out.filePath(QStringLiteral("tour-organisations.png")));
    auto shoot = [&](const char* name) {
        whenDialogOpens([&out, name](QWidget* dialog) {
            QTest::qWait(50);
            dialog->grab().save(out.filePath(QString::fromLatin1(name)));
        });
    };
    auto* organisations = named<ui::OrganisationsPage>(&window, "organisationsPage");
    shoot("tour-organisation-dialog.png");
    organisations->editOrganisation();
    shoot("tour-membership-dialog.png");
    organisations->addMember();
    shoot("tour-committee-dialog.png");
    organisations->openCommittee();
    tourGroupPage(window, out);
    tourFundPages(window, out);
    tourOtop(window, out);
    tourBusinessPlans(window, session.database(), out);
    tourReports(window, out);
    tourExchange(window, out, dir.path(QStringLiteral("tour.zip")));
    window.workspace()->setCurrentModule(2);
    auto* people = named<ui::PeoplePage>(&window, "peoplePage");
    typeText(people->searchBox(), QStringLiteral("สม"));
    QTest::qWait(50);
    window.grab().save(out.filePath(QStringLiteral("tour-people.png")));
    whenDialogOpens([&out](QWidget* dialog) {
        typeText(named<QLineEdit>(dialog, "firstNameEdit"), QStringLiteral("ทดสอบ"));
        typeText(named<QLineEdit>(dialog, "nationalIdEdit"), QStringLiteral("1 2345 67890 12 0"));
        typeText(named<QLineEdit>(dialog, "birthDateEdit"), QStringLiteral("31/02/2510"));
        QTest::qWait(50);
        dialog->grab().save(out.filePath(QStringLiteral("tour-person-dialog.png")));
    });
    people->addPerson();

    window.workspace()->setCurrentModule(3);
    QTest::qWait(50);
    window.grab().save(out.filePath(QStringLiteral("tour-places.png")));
    auto* places = window.findChild<ui::PlacesPage*>();
    whenDialogOpens([&out](QWidget* dialog) {
        typeText(named<QLineEdit>(dialog, "nameEdit"), QStringLiteral("บ้านใหม่พัฒนา"));
        QTest::qWait(50);
        dialog->grab().save(out.filePath(QStringLiteral("tour-village-dialog.png")));
    });
    places->addVillage();

    QFileDialog files(&window, QStringLiteral("เปิดไฟล์ฐานราก"), dir.path(QString()));
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.show();
    QTest::qWait(100);
    files.grab().save(out.filePath(QStringLiteral("tour-file-dialog.png")));
}
