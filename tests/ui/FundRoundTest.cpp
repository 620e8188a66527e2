#include "ui/UiTestSupport.h"

#include "fund/PoolService.h"
#include "funds/FundPage.h"
#include "funds/LoanRoundsTab.h"
#include "funds/RoundDialogs.h"
#include "savings/LoanRepository.h"
#include "support/CatchMoney.h"
#include "support/FundFixture.h"
#include "support/SavingsFixture.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"
#include "widgets/ThaiDateEdit.h"

#include <QCheckBox>
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

void typeDate(ui::ThaiDateEdit* edit, const QDate& day) {
    clearText(edit->lineEdit());
    typeText(edit->lineEdit(), formatThaiDate(day, ThaiDateStyle::Numeric));
}

void selectRow(ui::ListTable* table, const QString& memberName) {
    for (int row = 0; row < table->rows(); ++row)
        if (table->cellText(row, ui::LoanRoundsTab::Member).contains(memberName)) {
            table->setCurrentIndex(table->model()->index(row, 0));
            return;
        }
    FAIL("no row for " << memberName.toStdString());
}
}  // namespace

// On the fund page: open a round on บัญชี 1 (contract fee 50, risk fund 1 %),
// take two applications (15,000 and 30,000), approve the first and the second
// with the committee's special approval above the ordinary 20,000, pay both.
// บัญชี 1 then holds 1,000,000 − 45,000 = 955,000.00 and the fee receipts
// bring 50 + 150 and 50 + 300 = 550.00 into cash.
TEST_CASE("a loan round from applications to disbursement on the fund page") {
    FundFixture f;
    const QString a = f.join(QStringLiteral("สมหมาย"));
    const QString b = f.join(QStringLiteral("บุญมี"));
    ui::FundPage page(f.db());
    page.resize(1366, 740);
    page.show();
    REQUIRE(page.showGroup(f.fund.id));
    auto* tab = page.tab<ui::LoanRoundsTab>();
    REQUIRE(tab);
    page.tabs()->setCurrentWidget(tab);

    whenDialogOpens([](QWidget* dialog) {
        auto* form = qobject_cast<ui::RoundDialog*>(dialog);
        REQUIRE(form);
        typeText(form->titleEdit(), QStringLiteral("เงินกู้เพื่อการเกษตร"));
        auto* fee = named<QLineEdit>(dialog, "contractFeeEdit");
        auto* risk = named<QLineEdit>(dialog, "riskFundEdit");
        REQUIRE(fee);
        REQUIRE(risk);
        clearText(fee);
        typeText(fee, QStringLiteral("50"));
        clearText(risk);
        typeText(risk, QStringLiteral("1"));
        save(dialog);
    });
    QTest::mouseClick(named<QPushButton>(tab, "openRoundButton"), Qt::LeftButton);
    REQUIRE(tab->roundBox()->count() == 1);

    for (const auto& [who, amount] : {std::pair{QStringLiteral("สมหมาย"), QStringLiteral("15000")},
                                      {QStringLiteral("บุญมี"), QStringLiteral("30000")}}) {
        whenDialogOpens([who = who, amount = amount](QWidget* dialog) {
            auto* form = qobject_cast<ui::RoundApplicationDialog*>(dialog);
            REQUIRE(form);
            for (int i = 0; i < form->memberBox()->count(); ++i)
                if (form->memberBox()->itemText(i).contains(who))
                    form->memberBox()->setCurrentIndex(i);
            typeText(form->amountEdit(), amount);
            save(dialog);
        });
        QTest::mouseClick(named<QPushButton>(tab, "applyButton"), Qt::LeftButton);
    }
    REQUIRE(tab->table()->rows() == 2);

    QDate meeting;
    selectRow(tab->table(), QStringLiteral("สมหมาย"));
    whenDialogOpens([&meeting](QWidget* dialog) {
        auto* form = qobject_cast<ui::RoundDecisionDialog*>(dialog);
        REQUIRE(form);
        meeting = form->meetingEdit()->date();
        save(dialog);
    });
    QTest::mouseClick(named<QPushButton>(tab, "decideButton"), Qt::LeftButton);

    selectRow(tab->table(), QStringLiteral("บุญมี"));
    whenDialogOpens([](QWidget* dialog) {
        auto* form = qobject_cast<ui::RoundDecisionDialog*>(dialog);
        REQUIRE(form);
        // Above the ordinary cap: refused until the special approval is ticked
        // and a reason given.
        CHECK_FALSE(form->saveButton()->isEnabled());
        form->specialBox()->setChecked(true);
        CHECK_FALSE(form->saveButton()->isEnabled());  // no reason yet
        typeText(form->noteEdit(), QStringLiteral("ขยายการเลี้ยงโคขุน"));
        save(dialog);
    });
    QTest::mouseClick(named<QPushButton>(tab, "decideButton"), Qt::LeftButton);
    CHECK(tab->totals()->text().contains(QStringLiteral("อนุมัติรวม 45,000.00 บาท")));

    for (const QString& who : {QStringLiteral("สมหมาย"), QStringLiteral("บุญมี")}) {
        selectRow(tab->table(), who);
        whenDialogOpens([meeting](QWidget* dialog) {
            auto* form = qobject_cast<ui::RoundDisbursementDialog*>(dialog);
            REQUIRE(form);
            typeDate(form->dayEdit(), meeting.addDays(5));
            save(dialog);
        });
        QTest::mouseClick(named<QPushButton>(tab, "disburseButton"), Qt::LeftButton);
    }
    CHECK(tab->outcome()->text().contains(QStringLiteral("ใบเสร็จค่าธรรมเนียม")));
    CHECK(tab->table()->cellText(0, ui::LoanRoundsTab::Contract) == QStringLiteral("1/%1").arg(
                                                                        buddhistYear(meeting.addDays(5).year())));
    CHECK(PoolService(f.db()).balance(f.government, meeting.addDays(5)).held ==
          money("955,000.00"));
    CHECK(f.roleBalance(AccountRole::Cash) == money("550.00"));
    CHECK(f.roleBalance(AccountRole::RiskFund) == money("450.00"));
    CHECK(LoanRepository(f.db()).ofMember(b).at(0).status == LoanStatus::Active);
    CHECK(LoanRepository(f.db()).ofMember(a).at(0).approvedAmount == money("15,000.00"));
}
