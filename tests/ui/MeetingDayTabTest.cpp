#include "ui/UiTestSupport.h"

#include "ledger/Balances.h"
#include "savings/MeetingDayTab.h"
#include "savings/MeetingSheetModel.h"
#include "savings/ReceiptRepository.h"
#include "support/CatchMoney.h"
#include "support/SavingsFixture.h"
#include "widgets/EntryTable.h"
#include "widgets/ThaiDateEdit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

namespace {
// Thirty members join on 10 Jan 2026 pledging 1, 2, 3, 4, 5, 1, 2, ... shares
// of 50 baht: 90 shares, 4,500 baht of sajja a month from February. Members
// 1, 11 and 21 each borrowed 3,000 over three months at 1 %/month, equal
// principal: 1,000 + 30 falls due on 10 February, 3,090 for the three.
struct ThirtyMembers : SavingsFixture {
    ThirtyMembers() {
        const QString product = addProduct(emergencyProduct());
        for (int i = 0; i < 30; ++i) {
            members << join(QStringLiteral("สมาชิก%1").arg(i + 1), i % 5 + 1, day("2026-01-10"));
            if (i % 10 == 0)
                lend(members.last(), money("3,000.00"), 3, day("2026-01-10"), {}, product);
        }
    }
    QStringList members;
};

// Enter commits the amount after the editor has seen the key: let that happen.
void pressEnter() {
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QApplication::processEvents();
}

// Types over the amount in the open editor (its text is selected on opening).
void typeAmount(const QString& amount) {
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    QTest::keyClicks(editor, amount);
}
}  // namespace

TEST_CASE("a treasurer records a 30-member meeting with the keyboard and the books follow") {
    ThirtyMembers s;
    ui::MeetingDayTab tab(s.db());
    tab.resize(1300, 800);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    tab.showOrganisation(s.group.id);
    clearText(tab.meetingDate()->lineEdit());
    typeText(tab.meetingDate()->lineEdit(), QStringLiteral("5/2/2569"));
    REQUIRE(tab.sheetModel()->rowCount() == 30);
    CHECK(tab.sheetModel()->sheet().totals().paid == money("7,590.00"));

    // Row by row, Enter accepts what is due. Member 3 did not come (0 of
    // sajja); member 7 saves 300 instead of 100.
    ui::EntryTable* table = tab.table();
    table->startEntry();
    QModelIndex last;
    for (int step = 0; step < 200 && table->currentIndex() != last; ++step) {
        last = table->currentIndex();
        if (last.column() == ui::MeetingSheetModel::SajjaPaid && last.row() == 2)
            typeAmount(QStringLiteral("0"));
        if (last.column() == ui::MeetingSheetModel::SajjaPaid && last.row() == 6)
            typeAmount(QStringLiteral("300"));
        pressEnter();
    }
    CHECK(last.row() == 29);
    const SheetTotals typed = tab.sheetModel()->sheet().totals();
    // 4,500 − 150 + 200 of sajja, 3,090 of instalments.
    CHECK(typed.sajja == money("4,550.00"));
    CHECK(typed.loans == money("3,090.00"));
    CHECK(typed.paid == money("7,640.00"));
    CHECK(typed.payers == 29);
    CHECK(tab.totalsLabel()->text().contains(QStringLiteral("7,640.00")));

    const Money cashBefore = s.balance(AccountRole::Cash);
    const Money savingsBefore = s.balance(AccountRole::MemberSavings);
    const Money loansBefore = s.balance(AccountRole::LoansReceivable);
    whenDialogOpens([](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("เจ็ดพันหกร้อยสี่สิบบาทถ้วน")));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(tab.postButton(), Qt::LeftButton);

    CHECK(s.balance(AccountRole::Cash) - cashBefore == money("7,640.00"));
    CHECK(s.balance(AccountRole::MemberSavings) - savingsBefore == money("4,550.00"));
    CHECK(loansBefore - s.balance(AccountRole::LoansReceivable) == money("3,000.00"));
    CHECK(s.balance(AccountRole::InterestIncome) == money("90.00"));
    CHECK(s.memberBalance(AccountRole::MemberSavings, s.members.at(2)) == money("0.00"));
    CHECK(s.memberBalance(AccountRole::MemberSavings, s.members.at(6)) == money("300.00"));
    CHECK(Balances(s.db()).trialBalance(s.group.id, day("2026-12-31")).balanced());
    // Thirty entrance-fee receipts, then one for each of the 29 payers.
    CHECK(tab.messageLabel()->text().contains(QStringLiteral("31/2569")));
    CHECK(tab.messageLabel()->text().contains(QStringLiteral("59/2569")));
    // The sheet now shows the posted month, read-only.
    CHECK_FALSE(tab.postButton()->isEnabled());
    CHECK_FALSE(
        tab.sheetModel()->flags(tab.sheetModel()->index(0, ui::MeetingSheetModel::SajjaPaid)) &
        Qt::ItemIsEditable);
}

TEST_CASE("the meeting sheet refuses an amount beyond a loan's payoff and says so") {
    ThirtyMembers s;
    ui::MeetingDayTab tab(s.db());
    tab.showOrganisation(s.group.id);
    clearText(tab.meetingDate()->lineEdit());
    typeText(tab.meetingDate()->lineEdit(), QStringLiteral("5/2/2569"));
    ui::MeetingSheetModel* model = tab.sheetModel();
    const QModelIndex loan = model->index(0, ui::MeetingSheetModel::LoanPaid);
    CHECK_FALSE(model->setData(loan, QStringLiteral("5,000"), Qt::EditRole));
    CHECK(tab.messageLabel()->text().contains(QStringLiteral("3,030.00")));
    CHECK(model->sheet().totals().loans == money("3,090.00"));
    CHECK_FALSE(model->setData(model->index(1, ui::MeetingSheetModel::SajjaPaid),
                               QStringLiteral("abc"), Qt::EditRole));
    CHECK_FALSE(tab.messageLabel()->text().isEmpty());
}
