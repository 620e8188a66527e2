#include "ui/UiTestSupport.h"

#include "app/AppLook.h"
#include "app/Translations.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "runtime/AppSettings.h"
#include "savings/CashBookModel.h"
#include "savings/CashBookTab.h"
#include "savings/TrialBalanceModel.h"
#include "savings/TrialBalanceTab.h"
#include "support/DomainFixture.h"
#include "widgets/FieldMessage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

namespace {
// A group with the default chart and 1,000.00 of cash brought forward on the
// first of this month (Dr cash / Cr reserve).
struct BooksGroup {
    BooksGroup() {
        group = fixture.addOrganisation(QStringLiteral("SG35020101"), QStringLiteral("35020101"));
        ChartOfAccounts chart(fixture.db());
        chart.installDefault(group.id);
        const QDate today = QDate::currentDate();
        Journal(fixture.db())
            .post({group.id,
                   QDate(today.year(), today.month(), 1),
                   QStringLiteral("ยอดยกมา"),
                   QStringLiteral("manual"),
                   {},
                   {{chart.require(group.id, AccountRole::Cash).id,
                     Money::fromBaht(1000),
                     Money(),
                     {},
                     {},
                     {}},
                    {chart.require(group.id, AccountRole::Reserve).id,
                     Money(),
                     Money::fromBaht(1000),
                     {},
                     {},
                     {}}}});
    }
    DomainFixture fixture;
    Organisation group;
};

// The box of the open dialog that has the keyboard.
QWidget* focused(QWidget* dialog) {
    return dialog->focusWidget();
}

// Offscreen, a dialog opened by exec() is not always the active window yet.
bool activate(QWidget* dialog) {
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog, 1000);
}

void pressTab(QWidget* dialog) {
    QTest::keyClick(focused(dialog), Qt::Key_Tab);
}

QString cell(QTableView* table, int row, int column) {
    return table->model()->index(row, column).data().toString();
}

// What the user saw in the dialog, kept for the checks after it closed.
struct ExpenseRun {
    bool amountReached = false;
    bool saveEnabledWithZero = true;
    QString zeroProblem;
    bool descriptionReached = false;
    bool closedByEnter = false;
};

// Keyboard only: the form opens on ประเภท (ค่าใช้จ่าย) with บัญชี on stationery
// and today's date, so Tab to the amount, type it, Tab to the description.
void typeExpense(QWidget* dialog, ExpenseRun& run) {
    auto* amount = named<QLineEdit>(dialog, "amountEdit");
    auto* description = named<QLineEdit>(dialog, "descriptionEdit");
    auto* save = named<QPushButton>(dialog, "saveButton");
    auto* amountMessage = named<ui::FieldMessage>(dialog, "problem_amount");
    if (!amount || !description || !save || !amountMessage)
        return;
    static_cast<void>(activate(dialog));
    pressTab(dialog);  // บัญชี
    pressTab(dialog);  // วันที่
    pressTab(dialog);  // จำนวนเงิน
    run.amountReached = focused(dialog) == amount;
    typeText(focused(dialog), QStringLiteral("0"));
    run.saveEnabledWithZero = save->isEnabled();
    run.zeroProblem = amountMessage->isVisible() ? amountMessage->text() : QString();
    QTest::keyClick(focused(dialog), Qt::Key_Backspace);
    typeText(focused(dialog), QStringLiteral("350"));
    pressTab(dialog);  // รับหรือจ่ายทาง (เงินสด)
    pressTab(dialog);  // คำอธิบาย
    run.descriptionReached = focused(dialog) == description;
    typeText(focused(dialog), QStringLiteral("ซื้อสมุดบัญชีและปากกา"));
    QTest::keyClick(focused(dialog), Qt::Key_Return);
    run.closedByEnter = !dialog->isVisible();
}
}  // namespace

TEST_CASE("an expense typed into the cash book shows in the book and the trial balance", "[ui]") {
    BooksGroup books;
    ui::CashBookTab tab(books.fixture.db());
    tab.resize(1100, 600);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    tab.showOrganisation(books.group.id);
    QTableView* table = tab.table();
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(tab.openingLabel()->text().endsWith(QStringLiteral("0.00 บาท")));

    ExpenseRun run;
    whenDialogOpens([&run](QWidget* dialog) { typeExpense(dialog, run); });
    auto* recordButton = named<QPushButton>(&tab, "recordOtherButton");
    REQUIRE(recordButton);
    CHECK(recordButton->shortcut() == QKeySequence(Qt::Key_Insert));
    QTest::mouseClick(recordButton, Qt::LeftButton);
    CHECK(run.amountReached);
    CHECK_FALSE(run.saveEnabledWithZero);
    CHECK(run.zeroProblem == QStringLiteral("จำนวนเงินต้องมากกว่าศูนย์"));
    CHECK(run.descriptionReached);
    CHECK(run.closedByEnter);

    REQUIRE(table->model()->rowCount() == 2);
    using C = ui::CashBookModel;
    CHECK(cell(table, 1, C::EntryNo) == QStringLiteral("2"));
    CHECK(cell(table, 1, C::Description) == QStringLiteral("ซื้อสมุดบัญชีและปากกา"));
    CHECK(cell(table, 1, C::Receipt).isEmpty());
    CHECK(cell(table, 1, C::Payment) == QStringLiteral("350.00"));
    CHECK(cell(table, 1, C::Balance) == QStringLiteral("650.00"));
    CHECK(table->model()
              ->index(1, C::Payment)
              .data(Qt::TextAlignmentRole)
              .value<Qt::Alignment>()
              .testFlag(Qt::AlignRight));
    CHECK(tab.closingLabel()->text().endsWith(QStringLiteral("650.00 บาท")));
    // The new entry is the one selected.
    CHECK(table->selectionModel()->selectedRows().value(0).row() == 1);

    // Searching in Thai keeps only the rows that mention the word.
    typeText(tab.searchBox(), QStringLiteral("สมุด"));
    CHECK(table->model()->rowCount() == 1);
    clearText(tab.searchBox());
    CHECK(table->model()->rowCount() == 2);

    ui::TrialBalanceTab trial(books.fixture.db());
    trial.showOrganisation(books.group.id);
    QTableView* tb = trial.table();
    using T = ui::TrialBalanceModel;
    // cash, reserve, stationery, and the totals
    REQUIRE(tb->model()->rowCount() == 4);
    CHECK(cell(tb, 0, T::Code) == QStringLiteral("1101"));
    CHECK(cell(tb, 0, T::Balance) == QStringLiteral("650.00"));
    CHECK(cell(tb, 2, T::Code) == QStringLiteral("5101"));
    CHECK(cell(tb, 2, T::Debit) == QStringLiteral("350.00"));
    CHECK(cell(tb, 3, T::Name) == QStringLiteral("รวม"));
    CHECK(cell(tb, 3, T::Debit) == QStringLiteral("1,350.00"));
    CHECK(cell(tb, 3, T::Credit) == QStringLiteral("1,350.00"));
    CHECK(trial.statusLabel()->text().contains(QStringLiteral("ยอดสมดุล")));
}

TEST_CASE("a mistaken entry is reversed from the cash book with a reason", "[ui]") {
    BooksGroup books;
    ui::CashBookTab tab(books.fixture.db());
    tab.resize(1100, 600);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    tab.showOrganisation(books.group.id);
    whenDialogOpens([](QWidget* dialog) {
        typeText(named<QLineEdit>(dialog, "amountEdit"), QStringLiteral("530"));
        typeText(named<QLineEdit>(dialog, "descriptionEdit"), QStringLiteral("ค่าอาหารว่างประชุม"));
        QTest::keyClick(named<QLineEdit>(dialog, "descriptionEdit"), Qt::Key_Return);
    });
    tab.recordOtherEntry();
    REQUIRE(tab.table()->model()->rowCount() == 2);

    bool saveEnabledWithoutReason = true;
    whenDialogOpens([&saveEnabledWithoutReason](QWidget* dialog) {
        static_cast<void>(activate(dialog));
        saveEnabledWithoutReason = named<QPushButton>(dialog, "saveButton")->isEnabled();
        typeText(focused(dialog), QStringLiteral("พิมพ์ 530 แทน 350"));
        QTest::keyClick(focused(dialog), Qt::Key_Return);
    });
    tab.reverseSelected();
    CHECK_FALSE(saveEnabledWithoutReason);
    REQUIRE(tab.table()->model()->rowCount() == 3);
    CHECK(cell(tab.table(), 2, ui::CashBookModel::Receipt) == QStringLiteral("530.00"));
    CHECK(cell(tab.table(), 2, ui::CashBookModel::Description)
              .startsWith(QStringLiteral("กลับรายการเลขที่ 2")));
    CHECK(tab.closingLabel()->text().endsWith(QStringLiteral("1,000.00 บาท")));
}

// Not a check: pictures of the books tabs for a person to look at.
//   THANRAK_SHOTS=/tmp/shots tests/bin/test_ui "[.books-tour]"
TEST_CASE("books tabs tour", "[.books-tour]") {
    const QDir out(qEnvironmentVariable("THANRAK_SHOTS", QDir::tempPath()));
    ui::applyLook(*qApp, uiFontPointSize());
    ui::Translations translations;
    translations.apply(UiLanguage::Thai);
    BooksGroup books;
    ui::CashBookTab tab(books.fixture.db());
    tab.resize(1366, 640);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    tab.showOrganisation(books.group.id);
    const struct {
        int kindDown;
        int accountDown;
        const char* amount;
        int channelDown;
        const char* description;
    } entries[] = {
        {0, 1, "250", 0, "ค่าอาหารว่างและน้ำดื่มในการประชุมใหญ่ประจำปี"},
        {0, 0, "350", 0, "ซื้อสมุดบัญชีและปากกา"},
        {1, 1, "120.50", 0, "ขายแบบฟอร์มใบสมัครสมาชิก"},
        {1, 0, "12.34", 1, "ดอกเบี้ยเงินฝาก ธ.ก.ส."},
    };
    for (const auto& e : entries) {
        whenDialogOpens([&e](QWidget* dialog) {
            for (int i = 0; i < e.kindDown; ++i) pressDown(named<QComboBox>(dialog, "kindCombo"));
            for (int i = 0; i < e.accountDown; ++i)
                pressDown(named<QComboBox>(dialog, "accountCombo"));
            for (int i = 0; i < e.channelDown; ++i)
                pressDown(named<QComboBox>(dialog, "channelCombo"));
            typeText(named<QLineEdit>(dialog, "amountEdit"), QString::fromUtf8(e.amount));
            typeText(named<QLineEdit>(dialog, "descriptionEdit"), QString::fromUtf8(e.description));
            QTest::keyClick(named<QLineEdit>(dialog, "descriptionEdit"), Qt::Key_Return);
        });
        tab.recordOtherEntry();
    }
    whenDialogOpens([&out](QWidget* dialog) {
        typeText(named<QLineEdit>(dialog, "amountEdit"), QStringLiteral("-5"));
        named<QLineEdit>(dialog, "descriptionEdit")->setFocus();
        typeText(named<QLineEdit>(dialog, "descriptionEdit"), QStringLiteral("x"));
        QTest::keyClick(named<QLineEdit>(dialog, "descriptionEdit"), Qt::Key_Backspace);
        QTest::qWait(50);
        dialog->grab().save(out.filePath(QStringLiteral("books-other-entry-dialog.png")));
    });
    tab.recordOtherEntry();
    QTest::qWait(50);
    tab.grab().save(out.filePath(QStringLiteral("books-cash-book.png")));
    clickRow(tab.table(), 1);
    whenDialogOpens([&out](QWidget* dialog) {
        QTest::qWait(50);
        dialog->grab().save(out.filePath(QStringLiteral("books-reversal-dialog.png")));
    });
    tab.reverseSelected();

    ui::TrialBalanceTab trial(books.fixture.db());
    trial.resize(1366, 640);
    trial.show();
    REQUIRE(QTest::qWaitForWindowExposed(&trial));
    trial.showOrganisation(books.group.id);
    QTest::qWait(50);
    trial.grab().save(out.filePath(QStringLiteral("books-trial-balance.png")));
}
