#include "ui/UiTestSupport.h"

#include "savings/YearEndService.h"
#include "savings/YearEndTab.h"
#include "support/CatchMoney.h"
#include "support/YearEndStory.h"
#include "widgets/ListTable.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

// The three-member year of YearEndStory: net profit 1,023.37; A 365.80,
// B 55.80, C 345.92.
TEST_CASE("the committee drafts the year-end allocation on screen and posts it to savings") {
    YearStory s;
    ui::YearEndTab tab(s.db());
    tab.resize(1300, 700);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    tab.showOrganisation(s.group.id);
    tab.yearBox()->setCurrentIndex(tab.yearBox()->findData(2026));
    CHECK_FALSE(tab.postButton()->isEnabled());

    QTest::mouseClick(tab.draftButton(), Qt::LeftButton);
    CHECK(tab.summary()->text().contains(QStringLiteral("1,023.37")));
    REQUIRE(tab.memberList()->rows() == 3);
    CHECK(tab.memberList()->cellText(0, 6) == QStringLiteral("365.80"));
    CHECK(tab.memberList()->cellText(2, 6) == QStringLiteral("345.92"));
    CHECK(tab.headList()->cellText(0, 2) == QStringLiteral("102.34"));

    // Everyone to savings except A, who takes cash.
    tab.payoutBox()->setCurrentIndex(1);
    tab.memberList()->setCurrentIndex(tab.memberList()->model()->index(0, 0));
    QTest::mouseClick(named<QPushButton>(&tab, "switchPayoutButton"), Qt::LeftButton);
    CHECK(tab.memberList()->cellText(0, 7) == QStringLiteral("เงินสด"));
    CHECK(tab.memberList()->cellText(1, 7) == QStringLiteral("เข้าเงินสัจจะ"));
    clearText(tab.approvedOn()->lineEdit());
    typeText(tab.approvedOn()->lineEdit(), QStringLiteral("20/1/2570"));

    const Money cashBefore = s.balance(AccountRole::Cash);
    whenDialogOpens([](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(tab.postButton(), Qt::LeftButton);

    const auto run = YearEndService(s.db()).ofYear(s.group.id, 2026);
    REQUIRE(run.has_value());
    CHECK(run->isPosted());
    CHECK(run->approvedOn == QDate(2027, 1, 20));
    CHECK(cashBefore - s.balance(AccountRole::Cash) == money("365.80"));
    CHECK(s.memberBalance(AccountRole::MemberSavings, s.b, QDate(2027, 12, 31)) ==
          money("1,255.80"));
    CHECK(tab.summary()->text().contains(QStringLiteral("ผ่านรายการแล้ว")));
    CHECK_FALSE(tab.postButton()->isEnabled());
    CHECK_FALSE(tab.draftButton()->isEnabled());
}
