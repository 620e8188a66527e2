#include "ui/UiTestSupport.h"

#include "domain/PlaceRepository.h"
#include "domain/ReferenceData.h"
#include "places/PlaceDialogs.h"
#include "places/PlacesPage.h"
#include "storage/Database.h"
#include "support/TempDir.h"
#include "widgets/FieldMessage.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

namespace {
struct Seen {
    bool saveEnabledWithBadPostcode = true;
    QString postcodeProblem;
    QString villageCode;
};

void chooseData(QComboBox* combo, const QString& code) {
    combo->setFocus();
    while (combo->currentData().toString() != code && combo->currentIndex() + 1 < combo->count())
        pressDown(combo);
}
}  // namespace

TEST_CASE("a new file gets its tambons and villages on the places page, typed by the user") {
    TempDir dir;
    auto db = Database::create(dir.path(QStringLiteral("new.thanrak")));
    installReferenceData(*db);
    ui::PlacesPage page(*db);
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    // ยโสธร (35) > ทรายมูล (3502), chosen with the keyboard.
    page.provinceCombo()->setCurrentIndex(0);
    chooseData(page.provinceCombo(), QStringLiteral("35"));
    chooseData(page.districtCombo(), QStringLiteral("3502"));
    REQUIRE(page.districtCombo()->currentData().toString() == QStringLiteral("3502"));
    CHECK(page.subdistrictTable()->model()->rowCount() == 0);

    Seen seen;
    whenDialogOpens([&](QWidget* dialog) {
        auto* code = named<QLineEdit>(dialog, "codeEdit");
        REQUIRE(code);
        CHECK(code->text() == QStringLiteral("350201"));  // proposed: district + 01
        typeText(named<QLineEdit>(dialog, "nameEdit"), QStringLiteral("ทรายมูล"));
        typeText(named<QLineEdit>(dialog, "postcodeEdit"), QStringLiteral("3517"));
        seen.saveEnabledWithBadPostcode = named<QPushButton>(dialog, "saveButton")->isEnabled();
        seen.postcodeProblem = named<ui::FieldMessage>(dialog, "problem_postcode")->text();
        typeText(named<QLineEdit>(dialog, "postcodeEdit"), QStringLiteral("0"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("addSubdistrictButton")),
                      Qt::LeftButton);
    CHECK_FALSE(seen.saveEnabledWithBadPostcode);
    CHECK(seen.postcodeProblem.contains(QStringLiteral("5 หลัก")));
    REQUIRE(page.subdistrictTable()->model()->rowCount() == 1);

    for (const char* name : {"บ้านหนองบัว", "บ้านโนนสูง"}) {
        whenDialogOpens([&](QWidget* dialog) {
            typeText(named<QLineEdit>(dialog, "nameEdit"), QString::fromUtf8(name));
            seen.villageCode = named<QLabel>(dialog, "codeLabel")->text();
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("addVillageButton")),
                          Qt::LeftButton);
    }
    CHECK(seen.villageCode == QStringLiteral("35020102"));  // the second one: หมู่ที่ 2
    CHECK(page.villageTable()->model()->rowCount() == 2);

    const QList<Village> villages = PlaceRepository(*db).villages(QStringLiteral("350201"));
    REQUIRE(villages.size() == 2);
    CHECK(villageLabel(villages.at(0)) == QStringLiteral("บ้านหนองบัว หมู่ที่ 1"));
    CHECK(PlaceRepository(*db).districtsInUse().size() == 1);
}
