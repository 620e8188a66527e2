#include "ui/UiTestSupport.h"

#include "people/PeoplePage.h"
#include "people/PersonDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"
#include "support/TempDir.h"
#include "thai/NationalId.h"
#include "widgets/FieldMessage.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

namespace {
// What the user saw in the dialog, kept for the checks after it closed.
struct PersonDialogRun {
    bool opened = false;
    bool saveEnabledAtStart = true;
    QString idProblem;
    bool saveEnabledWithBadId = true;
    bool saveEnabledWithGoodId = false;
    bool closedByEnter = false;
};

void fillPersonDialog(QWidget* dialog, const QString& goodId, PersonDialogRun& run) {
    run.opened = qobject_cast<ui::PersonDialog*>(dialog) != nullptr;
    auto* save = named<QPushButton>(dialog, "saveButton");
    auto* firstName = named<QLineEdit>(dialog, "firstNameEdit");
    auto* lastName = named<QLineEdit>(dialog, "lastNameEdit");
    auto* nationalId = named<QLineEdit>(dialog, "nationalIdEdit");
    auto* idMessage = named<ui::FieldMessage>(dialog, "problem_national_id");
    if (!run.opened || !save || !firstName || !lastName || !nationalId || !idMessage)
        return;
    run.saveEnabledAtStart = save->isEnabled();
    typeText(firstName, QStringLiteral("ทดสอบ"));
    typeText(lastName, QStringLiteral("ใจดีมาก"));
    // The last digit is wrong: the check digit of 123456789012 is 1.
    typeText(nationalId, QStringLiteral("1 2345 67890 12 0"));
    run.idProblem = idMessage->isVisible() ? idMessage->text() : QString();
    run.saveEnabledWithBadId = save->isEnabled();
    QTest::keyClick(nationalId, Qt::Key_Backspace);
    typeText(nationalId, goodId.right(1));
    run.saveEnabledWithGoodId = save->isEnabled() && idMessage->isHidden();
    QTest::keyClick(nationalId, Qt::Key_Return);
    run.closedByEnter = !dialog->isVisible();
}
}  // namespace

TEST_CASE("a person is added through the form, checked as typed, and found by search", "[ui]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("people.thanrak"));
    makeDemoFile(path, 1);
    ui::DatabaseSession session;
    session.open(path);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // บุคคล is the second entry of the navigation: Ctrl+2 goes there.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    REQUIRE(window.workspace()->currentModule() == 1);
    auto* page = named<ui::PeoplePage>(&window, "peoplePage");
    REQUIRE(page != nullptr);

    const QString goodId = QStringLiteral("1234567890121");
    REQUIRE(nationalIdCheckDigit(goodId.left(12)) == 1);
    PersonDialogRun run;
    whenDialogOpens([&](QWidget* dialog) { fillPersonDialog(dialog, goodId, run); });
    QTest::mouseClick(named<QPushButton>(page, "addPersonButton"), Qt::LeftButton);

    REQUIRE(run.opened);
    CHECK_FALSE(run.saveEnabledAtStart);  // no names yet
    CHECK(run.idProblem.startsWith(QStringLiteral("เลขตรวจสอบหลักสุดท้ายไม่ถูกต้อง")));
    CHECK_FALSE(run.saveEnabledWithBadId);
    CHECK(run.saveEnabledWithGoodId);
    REQUIRE(run.closedByEnter);

    // Search as the user would: clear the box and type part of the name.
    QLineEdit* search = page->searchBox();
    clearText(search);
    typeText(search, QStringLiteral("ทดสอบ"));
    QTableView* table = page->table();
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("นายทดสอบ ใจดีมาก"));
    CHECK(table->model()->index(0, 1).data().toString() == maskNationalId(goodId));

    // And by the ID typed with dashes.
    clearText(search);
    typeText(search, QStringLiteral("1-2345-67890"));
    REQUIRE(table->model()->rowCount() == 1);
}
