#include "ui/UiTestSupport.h"

#include "intake/PeopleImportWizard.h"
#include "support/SavingsFixture.h"
#include "support/TempDir.h"
#include "thai/Windows874.h"
#include "widgets/ListTable.h"
#include "widgets/ThaiDateEdit.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

namespace {
// Saved from Thai Excel as "CSV (Comma delimited)": Windows-874 and B.E.
// dates. Row 4 has a wrong check digit, row 5 a date that does not exist.
QString writeMemberList(TempDir& dir) {
    const QString path = dir.path(QStringLiteral("รายชื่อสมาชิก.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(encodeWindows874(QStringLiteral("ลำดับ,ชื่อ-สกุล,เลขบัตรประชาชน,วันเกิด,วันที่สมัคร,หุ้น,เงินสัจจะยกมา\r\n"
                                               "1,นางสมศรี ใจดี,%1,5/6/2510,1/1/2568,5,\"1,250.50\"\r\n"
                                               "2,นายบุญมี มั่นคง,%2,12/12/2505,1/1/2568,3,800\r\n"
                                               "3,นายทองดี รักถิ่น,1234567890123,1/1/2500,1/1/2568,2,100\r\n"
                                               "4,นางมาลี ศรีสุข,,31/2/2520,1/1/2568,2,50\r\n")
                                    .arg(validId(1), validId(2))));
    file.close();
    return path;
}

void shot(QWidget* widget, const char* name) {
    if (qEnvironmentVariableIsEmpty("THANRAK_SHOTS"))
        return;
    QTest::qWait(50);
    widget->grab().save(QDir(qEnvironmentVariable("THANRAK_SHOTS")).filePath(QString::fromLatin1(name)));
}
}  // namespace

TEST_CASE("the people import wizard takes a Windows-874 member list with B.E. dates, clean rows only") {
    SavingsFixture group;
    TempDir dir;
    const QString path = writeMemberList(dir);
    const QStringList before = group.footprint();

    ui::PeopleImportWizard wizard(group.db());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.chooseOrganisation(group.group.id);
    wizard.setFilePath(path);
    CHECK(wizard.fileStatus()->text().contains(QStringLiteral("Windows-874")));
    CHECK(wizard.fileStatus()->text().contains(QStringLiteral("ข้อมูล 4 แถว")));
    CHECK(wizard.preview()->rows() == 4);
    CHECK(wizard.preview()->cellText(0, 1) == QStringLiteral("นางสมศรี ใจดี"));
    shot(&wizard, "tour-intake-file.png");

    wizard.next();
    REQUIRE(wizard.currentId() == ui::PeopleImportWizard::MappingPage);
    CHECK(wizard.fieldCombo(IntakeField::FullName)->currentData().toInt() == 1);
    CHECK(wizard.fieldCombo(IntakeField::NationalId)->currentData().toInt() == 2);
    CHECK(wizard.fieldCombo(IntakeField::OpeningSavings)->currentData().toInt() == 6);
    CHECK(wizard.fieldCombo(IntakeField::FirstName)->currentData().toInt() == -1);
    CHECK_FALSE(wizard.commonEraButton()->isChecked());
    wizard.openingDate()->setDate(QDate(2025, 12, 31));
    shot(&wizard, "tour-intake-mapping.png");

    wizard.next();
    REQUIRE(wizard.currentId() == ui::PeopleImportWizard::CheckPage);
    CHECK(wizard.checkSummary()->text().contains(QStringLiteral("นำเข้าได้ 2 แถว (เงินสัจจะยกมารวม 2,050.50 บาท) มีปัญหา 2 แถว")));
    REQUIRE(wizard.problems()->rows() == 2);
    CHECK(wizard.problems()->cellText(0, 0) == QStringLiteral("4"));
    CHECK(wizard.problems()->cellText(0, 1) == QStringLiteral("เลขบัตรประชาชน"));
    CHECK(wizard.problems()->cellText(1, 0) == QStringLiteral("5"));
    CHECK(wizard.problems()->cellText(1, 1) == QStringLiteral("วันเกิด"));
    CHECK(wizard.button(QWizard::FinishButton)->text() == QStringLiteral("นำเข้า 2 แถว"));
    CHECK(group.footprint() == before);  // nothing written yet
    shot(&wizard, "tour-intake-check.png");

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(wizard.result());
    CHECK(wizard.result()->members == 2);
    CHECK(wizard.result()->openingSavings == money("2,050.50"));
    CHECK(group.balance(AccountRole::MemberSavings) == money("2,050.50"));
    CHECK(group.rows("memberships") == 2);

    // A second wizard on the same file: the mapping is remembered, and
    // cancelling at the last step writes nothing.
    const QStringList after = group.footprint();
    ui::PeopleImportWizard second(group.db());
    second.show();
    second.chooseOrganisation(group.group.id);
    second.setFilePath(path);
    second.next();
    CHECK(second.openingDate()->date() == QDate(2025, 12, 31));
    second.next();
    CHECK(second.checkSummary()->text().contains(QStringLiteral("นำเข้าได้ 0 แถว")));
    CHECK_FALSE(second.button(QWizard::FinishButton)->isEnabled());
    second.reject();
    CHECK(group.footprint() == after);
}
