#include "ui/UiTestSupport.h"

#include "savings/BeneficiariesDialog.h"
#include "savings/BeneficiaryRepository.h"
#include "savings/LoanApplicationDialog.h"
#include "savings/LoanRegisterTab.h"
#include "savings/LoanRepository.h"
#include "savings/RepaymentDialog.h"
#include "support/CatchMoney.h"
#include "support/SavingsFixture.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
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
}  // namespace

// A member with 5,000.00 saved borrows 5,000 over 10 months (the ordinary
// product: up to 2 × savings, no guarantor below 10,000), the committee
// approves it, it is paid out and, the same day, paid off: 5,000.00 with no
// interest accrued yet.
TEST_CASE("a loan goes from application to payoff through the loan register's forms") {
    SavingsFixture s;
    const QDate today = QDate::currentDate();
    const QString member = s.join(QStringLiteral("ประยูร"), 2, today.addMonths(-3));
    s.openingSavings(member, money("5,000.00"), today.addMonths(-3));
    ui::LoanRegisterTab tab(s.db());
    tab.resize(1300, 700);
    tab.show();
    tab.showOrganisation(s.group.id);

    whenDialogOpens([](QWidget* dialog) {
        auto* form = qobject_cast<ui::LoanApplicationDialog*>(dialog);
        REQUIRE(form);
        typeText(form->amountEdit(), QStringLiteral("5000"));
        typeText(form->monthsEdit(), QStringLiteral("10"));
        save(dialog);
    });
    QTest::mouseClick(tab.applyButton(), Qt::LeftButton);
    REQUIRE(tab.table()->rows() == 1);
    CHECK(tab.table()->cellText(0, ui::LoanRegisterTab::Status) == QStringLiteral("ยื่นคำขอกู้"));

    tab.table()->setCurrentIndex(tab.table()->model()->index(0, 0));
    REQUIRE(tab.decideButton()->isEnabled());
    whenDialogOpens(save);
    QTest::mouseClick(tab.decideButton(), Qt::LeftButton);
    tab.table()->setCurrentIndex(tab.table()->model()->index(0, 0));
    REQUIRE(tab.disburseButton()->isEnabled());
    whenDialogOpens(save);
    QTest::mouseClick(tab.disburseButton(), Qt::LeftButton);
    CHECK(s.memberBalance(AccountRole::LoansReceivable, member) == money("5,000.00"));
    CHECK(tab.table()->cellText(0, ui::LoanRegisterTab::Outstanding) == QStringLiteral("5,000.00"));

    tab.table()->setCurrentIndex(tab.table()->model()->index(0, 0));
    REQUIRE(tab.repayButton()->isEnabled());
    whenDialogOpens([](QWidget* dialog) {
        auto* form = qobject_cast<ui::RepaymentDialog*>(dialog);
        REQUIRE(form);
        QTest::mouseClick(form->payoffButton(), Qt::LeftButton);
        CHECK(form->amountEdit()->text() == QStringLiteral("5,000.00"));
        save(dialog);
    });
    QTest::mouseClick(tab.repayButton(), Qt::LeftButton);
    CHECK(s.memberBalance(AccountRole::LoansReceivable, member) == money("0.00"));
    const QList<Loan> loans = LoanRepository(s.db()).ofMember(member);
    REQUIRE(loans.size() == 1);
    CHECK(loans.first().status == LoanStatus::Settled);
    CHECK(named<QLabel>(&tab, "loanOutcome")->text().contains(QStringLiteral("ปิดบัญชีแล้ว")));
}

TEST_CASE("beneficiaries are saved only when their shares make 100 percent") {
    SavingsFixture s;
    const QString member = s.join(QStringLiteral("ประยูร"), 2, day("2026-01-10"));
    ui::BeneficiariesDialog dialog(s.db(), member, QStringLiteral("นายประยูร ทดสอบ"));
    QTableWidget* table = dialog.table();
    table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("นางสมศรี ทดสอบ")));
    table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("คู่สมรส")));
    table->setItem(0, 2, new QTableWidgetItem(QStringLiteral("60")));
    table->setItem(1, 0, new QTableWidgetItem(QStringLiteral("เด็กชายสมชาย ทดสอบ")));
    table->setItem(1, 1, new QTableWidgetItem(QStringLiteral("บุตร")));
    table->setItem(1, 2, new QTableWidgetItem(QStringLiteral("30")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());  // 90 %
    table->item(1, 2)->setText(QStringLiteral("40"));
    REQUIRE(dialog.saveButton()->isEnabled());
    dialog.show();
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    const QList<Beneficiary> saved = BeneficiaryRepository(s.db()).list(member);
    REQUIRE(saved.size() == 2);
    CHECK(saved.at(1).relation == QStringLiteral("บุตร"));
    CHECK(saved.at(1).percent == Ratio(40));
}
