#include "ui/UiTestSupport.h"

#include "domain/OrganisationRepository.h"
#include "organisations/OrganisationDetails.h"
#include "organisations/OrganisationTableModel.h"
#include "organisations/OrganisationsPage.h"
#include "runtime/AppPaths.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"
#include "support/TempDir.h"
#include "widgets/PlaceFilterBar.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

namespace {
QString cell(QTableView* table, int row, int column) {
    return table->model()->index(row, column).data().toString();
}
}  // namespace

TEST_CASE("the organisations page narrows by place and shows the chosen organisation's members",
          "[ui]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("district.thanrak"));
    makeDemoFile(path);
    ui::DatabaseSession session;
    session.open(path);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    REQUIRE(window.windowTitle() == QStringLiteral("ฐานราก — district.thanrak"));
    REQUIRE(window.workspace() != nullptr);
    REQUIRE(window.workspace()->navigation()->item(0)->text() == QStringLiteral("องค์กร"));
    auto* page = named<ui::OrganisationsPage>(&window, "organisationsPage");
    REQUIRE(page != nullptr);
    QTableView* table = page->table();
    const int everything = table->model()->rowCount();
    REQUIRE(everything == 6);  // three villages, a savings group and a village fund each

    ui::PlaceFilterBar* places = page->placeFilter();
    // The demo file holds one district, so it is chosen already; the user picks
    // the first tambon and then its first village with the keyboard.
    REQUIRE(places->districtCombo()->currentIndex() == 1);
    REQUIRE_FALSE(places->villageCombo()->isEnabled());
    pressDown(places->subdistrictCombo());
    REQUIRE(places->villageCombo()->isEnabled());
    const QString tambon = places->subdistrictCombo()->currentText();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        CHECK(cell(table, row, ui::OrganisationTableModel::Subdistrict) == tambon);
    pressDown(places->villageCombo());
    const QString village = places->villageCombo()->currentText();
    REQUIRE(table->model()->rowCount() == 2);
    for (int row = 0; row < 2; ++row)
        CHECK(cell(table, row, ui::OrganisationTableModel::Village) == village);

    clickRow(table, 1);
    REQUIRE(page->currentId() == OrganisationRepository(session.database())
                                     .findByCode(cell(table, 1, ui::OrganisationTableModel::Code))
                                     ->id);
    QTableView* members = page->details()->membersView();
    const int activeMembers = cell(table, 1, ui::OrganisationTableModel::Members).toInt();
    REQUIRE(activeMembers > 0);
    REQUIRE(members->model()->rowCount() == activeMembers);
    CHECK(cell(members, 0, 0) == QStringLiteral("1"));             // member numbers in order
    CHECK(cell(members, 0, 2).contains(QStringLiteral("xxxxx")));  // ID masked on screen

    // Enter on the list opens the organisation for editing; Esc closes it unchanged.
    QString openedTitle;
    whenDialogOpens([&](QWidget* dialog) {
        openedTitle = dialog->windowTitle();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(openedTitle == QStringLiteral("แก้ไขข้อมูลองค์กร"));

    // Back to every tambon: the whole district is listed again.
    QTest::keyClick(places->subdistrictCombo(), Qt::Key_Home);
    REQUIRE(table->model()->rowCount() == everything);
}

TEST_CASE("the start page shows when no file is open and the window opens a file", "[ui]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.thanrak"));
    makeDemoFile(path, 1);
    ui::DatabaseSession session;
    ui::MainWindow window(session);
    window.show();
    REQUIRE(window.workspace() == nullptr);
    REQUIRE(window.windowTitle() == QStringLiteral("ฐานราก"));
    session.open(path);
    REQUIRE(window.workspace() != nullptr);
    REQUIRE(window.windowTitle() == QStringLiteral("ฐานราก — other.thanrak"));
    session.close();
    REQUIRE(window.workspace() == nullptr);
}

TEST_CASE("the demo button makes the demo district and opens it", "[ui]") {
    ui::DatabaseSession session;
    ui::MainWindow window(session);
    window.show();
    QFile::remove(demoDatabasePath());
    QTest::mouseClick(named<QPushButton>(&window, "demoButton"), Qt::LeftButton);
    REQUIRE(window.workspace() != nullptr);
    CHECK(session.path() == demoDatabasePath());
    auto* page = named<ui::OrganisationsPage>(&window, "organisationsPage");
    CHECK(page->table()->model()->rowCount() == 60);  // 30 villages, two organisations each
    session.close();
    QFile::remove(demoDatabasePath());
}
