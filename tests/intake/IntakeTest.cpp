#include "intake/IntakeMapping.h"
#include "intake/PeopleIntake.h"
#include "intake/SheetFile.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "storage/Sql.h"
#include "support/CatchQt.h"
#include "support/SavingsFixture.h"
#include "thai/Windows874.h"

using namespace thanrak;
using namespace thanrak::test;

namespace {
// A treasurer's member list as Thai Excel saves "CSV (Comma delimited)":
// Windows-874, B.E. dates, Thai digits, thousands separators, extra spaces
// and a space typed before a vowel mark.
QByteArray memberList() {
    const QString text = QStringLiteral(
        "ที่,ชื่อ-สกุล,เลขบัตรประชาชน,วันเกิด,วันที่สมัคร,หุ้น,เงินสัจจะยกมา\r\n"
        "1,นางสมศรี ใจดี,%1,5/6/2510,1/1/2568,๕,\"1,250.50\"\r\n"
        "2,นายบุญมี มั่นคง,%2,12/12/2505,1/1/2568,3,800\r\n"
        "3,นางสาวมาลี   ศรีสุข,,31/2/2520,1/1/2568,2,0\r\n"
        "4,นายทองดี รักถิ่น,1234567890123,1/1/2500,1/1/2568,2,100\r\n"
        "\r\n"
        "5,นางสาวจันทร์ เพ ็ญ,,1/1/1990,1/1/2568,2,-5\r\n"
        ",,,,,,\r\n")
                             .arg(validId(1), validId(2));
    return encodeWindows874(text);
}
}  // namespace

TEST_CASE("A Windows-874 member list with B.E. dates is read, checked row by row and only clean rows go in") {
    const Sheet sheet = readSheet(memberList());
    CHECK(sheet.encoding == TextEncoding::Windows874);
    CHECK(sheet.delimiter == QLatin1Char(','));
    REQUIRE(sheet.header.size() == 7);
    REQUIRE(sheet.rows.size() == 7);

    const IntakeMapping guessed = guessMapping(sheet.header);
    CHECK(guessed.column(IntakeField::MemberNo) == 0);
    CHECK(guessed.column(IntakeField::FullName) == 1);
    CHECK(guessed.column(IntakeField::NationalId) == 2);
    CHECK(guessed.column(IntakeField::BirthDate) == 3);
    CHECK(guessed.column(IntakeField::JoinedOn) == 4);
    CHECK(guessed.column(IntakeField::Shares) == 5);
    CHECK(guessed.column(IntakeField::OpeningSavings) == 6);

    SavingsFixture group;
    IntakeMapping mapping = guessed;
    mapping.openingDate = QDate(2025, 12, 31);
    const IntakePlan plan = planIntake(group.db(), group.group.id, sheet, mapping, QStringLiteral("สมาชิก.csv"));
    REQUIRE(plan.rows.size() == 5);  // the blank lines are skipped
    const QStringList before = group.footprint();

    const IntakeRow& somsri = plan.rows.at(0);
    CHECK(somsri.clean());
    CHECK(somsri.row == 2);
    CHECK(somsri.person.title == QStringLiteral("นาง"));
    CHECK(somsri.person.firstName == QStringLiteral("สมศรี"));
    CHECK(somsri.person.lastName == QStringLiteral("ใจดี"));
    CHECK(somsri.person.birthDate == QDate(1967, 6, 5));  // 5/6/2510 B.E.
    CHECK(somsri.joinedOn == QDate(2025, 1, 1));
    CHECK(somsri.shares == 5);  // Thai digit ๕
    CHECK(somsri.openingSavings == money("1,250.50"));
    CHECK(plan.rows.at(1).clean());
    // The extra spaces are gone; 31/2/2520 is no day.
    CHECK(plan.rows.at(2).person.firstName == QStringLiteral("มาลี"));
    CHECK(plan.rows.at(2).person.lastName == QStringLiteral("ศรีสุข"));
    REQUIRE(plan.rows.at(2).problems.size() == 1);
    CHECK(plan.rows.at(2).problems.front().where().row == 4);
    CHECK(plan.rows.at(2).problems.front().where().column == QStringLiteral("วันเกิด"));
    // A wrong check digit; the stray space before the mark in เพ ็ญ is
    // tidied, not a problem.
    CHECK(plan.rows.at(3).problems.front().where().column == QStringLiteral("เลขบัตรประชาชน"));
    CHECK(plan.rows.at(4).person.lastName == QStringLiteral("เพ็ญ"));
    // 1/1/1990 is a C.E. year in a B.E. file: refused, not shifted 543 years.
    REQUIRE(plan.rows.at(4).problems.size() == 2);
    CHECK(plan.rows.at(4).row == 7);  // after the blank line, as the spreadsheet numbers it
    CHECK(plan.rows.at(4).problems.at(0).where().column == QStringLiteral("วันเกิด"));
    CHECK(plan.rows.at(4).problems.at(0).message().contains(QStringLiteral("1990")));
    CHECK(plan.rows.at(4).problems.at(1).where().column == QStringLiteral("เงินสัจจะยกมา"));
    CHECK(plan.cleanRows() == 2);
    CHECK(group.footprint() == before);  // planning writes nothing

    const IntakeResult result = applyIntake(group.db(), plan, mapping);
    CHECK(result.people == 2);
    CHECK(result.members == 2);
    CHECK(result.openingSavings == money("2,050.50"));  // 1,250.50 + 800.00
    CHECK(group.balance(AccountRole::MemberSavings) == money("2,050.50"));
    // Cash: the fixture's 10,000.00 + 2,050.50 brought forward.
    CHECK(group.balance(AccountRole::Cash) == money("12,050.50"));

    // The same file again: both are members now, so no row is clean.
    const IntakePlan again = planIntake(group.db(), group.group.id, sheet, mapping, QStringLiteral("สมาชิก.csv"));
    CHECK(again.cleanRows() == 0);
    CHECK(again.rows.at(0).problems.front().message().contains(QStringLiteral("เป็นสมาชิกขององค์กรนี้อยู่แล้ว")));
}

TEST_CASE("Encodings and delimiters are detected; the mapping is remembered by column name") {
    // A zero-width space (from a web page) hides after สมชาย.
    const QString text = QStringLiteral("ชื่อ;นามสกุล;โทรศัพท์\n\"สมชาย\u200B\";ดี;081\n");
    for (const QByteArray& bytes : {QByteArray("\xEF\xBB\xBF") + text.toUtf8(), text.toUtf8(),
                                    QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()),
                                                                        text.size() * 2)}) {
        const Sheet sheet = readSheet(bytes);
        CHECK(sheet.delimiter == QLatin1Char(';'));
        CHECK(sheet.header == QStringList{QStringLiteral("ชื่อ"), QStringLiteral("นามสกุล"), QStringLiteral("โทรศัพท์")});
        CHECK(sheet.rows.front().front() == QStringLiteral("สมชาย\u200B"));
    }
    {
        SavingsFixture group;
        const Sheet sheet = readSheet(text.toUtf8());
        const IntakePlan plan =
            planIntake(group.db(), group.group.id, sheet, guessMapping(sheet.header), QStringLiteral("a.csv"));
        REQUIRE(plan.rows.size() == 1);
        CHECK(plan.rows.front().person.firstName == QStringLiteral("สมชาย"));
        CHECK(plan.rows.front().person.phone == QStringLiteral("081"));
    }
    CHECK(readSheet(QByteArray("a\tb\tc\n1\t2\t3\n")).delimiter == QLatin1Char('\t'));

    SavingsFixture group;
    const QStringList header{QStringLiteral("เบอร์"), QStringLiteral("ชื่อ"), QStringLiteral("สกุล")};
    IntakeMapping mapping;
    mapping.columns = {{IntakeField::Phone, 0}, {IntakeField::FirstName, 1}, {IntakeField::LastName, 2}};
    mapping.era = Era::CommonEra;
    rememberMapping(group.db(), group.group.id, mapping, header);
    // Next month's file has the same names in another order.
    const IntakeMapping recalled = recalledMapping(
        group.db(), group.group.id, {QStringLiteral("ชื่อ"), QStringLiteral("สกุล"), QStringLiteral("เบอร์")});
    CHECK(recalled.column(IntakeField::FirstName) == 0);
    CHECK(recalled.column(IntakeField::LastName) == 1);
    CHECK(recalled.column(IntakeField::Phone) == 2);
    CHECK(recalled.era == Era::CommonEra);
}

TEST_CASE("Full names split at the title only where a name can begin; an ID of someone else is a problem") {
    SavingsFixture group;
    const Person known = group.addPerson(QStringLiteral("สมพร"), QStringLiteral("ดีใจ"), validId(9));
    const Sheet sheet = readSheet(QStringLiteral("ชื่อ-สกุล,เลขบัตรประชาชน,หุ้น\n"
                                                 "นางสาวิตรี ใจดี,,2\n"
                                                 "นางนวล ศรีงาม,,2\n"
                                                 "นายสมหมาย ใจงาม,%1,2\n"
                                                 "นายเกิน ช่อง,,1,234\n")
                                      .arg(validId(9))
                                      .toUtf8());
    const IntakePlan plan =
        planIntake(group.db(), group.group.id, sheet, guessMapping(sheet.header), QStringLiteral("x.csv"));
    REQUIRE(plan.rows.size() == 4);
    // นาง + สาวิตรี: "ิ" cannot begin a name, so the title is นาง, not นางสาว.
    CHECK(plan.rows.at(0).person.title == QStringLiteral("นาง"));
    CHECK(plan.rows.at(0).person.firstName == QStringLiteral("สาวิตรี"));
    CHECK(plan.rows.at(1).person.title == QStringLiteral("นาง"));
    CHECK(plan.rows.at(1).person.firstName == QStringLiteral("นวล"));
    // The ID belongs to สมพร in this file: not silently linked to สมหมาย.
    REQUIRE_FALSE(plan.rows.at(2).clean());
    CHECK(plan.rows.at(2).problems.front().message().contains(personDisplayName(known)));
    // An unquoted 1,234 split a cell: more cells than column names.
    REQUIRE_FALSE(plan.rows.at(3).clean());
    CHECK(plan.rows.at(3).problems.front().message().contains(QStringLiteral("จุลภาค")));
}
