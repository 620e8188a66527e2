#include "ui/UiTestSupport.h"

#include "report/ReportCsv.h"

#include "cbmc/BusinessPlansPage.h"
#include "cbmc/CanvasBlockView.h"
#include "cbmc/CanvasEditor.h"
#include "cbmc/CanvasRepository.h"
#include "cbmc/CanvasTab.h"
#include "cbmc/CompareTab.h"
#include "cbmc/FiguresTab.h"
#include "cbmc/KsnbRepository.h"
#include "cbmc/KsnbTab.h"
#include "cbmc/PlanDialog.h"
#include "cbmc/PlanListTab.h"
#include "cbmc/LinkRepository.h"
#include "cbmc/PlanFigures.h"
#include "cbmc/PlanRepository.h"
#include "cbmc/VersionRepository.h"
#include "support/CatchQt.h"
#include "support/DomainFixture.h"
#include "support/OtopFixture.h"
#include "widgets/ListTable.h"
#include "widgets/RecordDialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

namespace {
QWidget* pageWindow = nullptr;

// A closed dialog leaves the offscreen platform without an active window.
// Waiting runs the event loop, so this comes before whenDialogOpens.
void activate() {
    if (QApplication::activeWindow()) return;
    pageWindow->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(pageWindow));
}

// Sends a key to the widget with the keyboard focus, as a user's key would go.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    activate();
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, key, modifiers);
}

// Opens the card dialog with `key` and fills it from the keyboard: the text,
// then (Tab) the amount, then Enter.
void addCard(Qt::Key key, const QString& text, const QString& amount = {}) {
    activate();
    whenDialogOpens([text, amount](QWidget* dialog) {
        typeText(dialog->focusWidget(), text);
        if (!amount.isEmpty()) {
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            typeText(dialog->focusWidget(), amount);
        }
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    press(key, key == Qt::Key_N ? Qt::ControlModifier : Qt::NoModifier);
}

// Ctrl+L, tick the first card offered (Space), save (Enter).
void linkFirstChoice() {
    activate();
    whenDialogOpens([](QWidget* dialog) {
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Space);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    press(Qt::Key_L, Qt::ControlModifier);
}

QStringList texts(Database& db, const QString& versionId, CanvasBlock block) {
    QStringList found;
    for (const CanvasItem& item : CanvasRepository(db).items(versionId))
        if (item.block == block) found << item.text;
    return found;
}
}  // namespace

// A vegetable group's plan drawn from the keyboard: two revenue streams of
// 36,000.00 and 12,500.50 and a cost of 9,000.00 expect a profit of
// 48,500.50 − 9,000.00 = 39,500.50; version 2 raises the market stall to
// 40,000.00, so revenue and profit each grow by 4,000.00.
TEST_CASE("drawing a community business canvas with the keyboard") {
    DomainFixture f;
    f.addOrganisation(QStringLiteral("CE-001"), QStringLiteral("35020101"), OrganisationKind::CommunityEnterprise);
    ui::BusinessPlansPage page(f.db());
    page.resize(1100, 720);
    page.show();
    pageWindow = &page;
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.refresh();

    whenDialogOpens([](QWidget* dialog) {
        pressDown(named<QComboBox>(dialog, "planOrganisation"));
        typeText(named<QLineEdit>(dialog, "planTitle"), QStringLiteral("แผนผักปลอดสาร"));
        auto* record = qobject_cast<ui::RecordDialog*>(dialog);
        REQUIRE(record->saveButton()->isEnabled());
        QTest::keyClick(named<QLineEdit>(dialog, "planTitle"), Qt::Key_Return);
    });
    page.newPlan();
    REQUIRE(page.plans()->rows() == 1);
    const QString version = page.canvas()->versionId();
    REQUIRE(!version.isEmpty());
    Database& db = f.db();

    ui::CanvasEditor* editor = page.canvas()->editor();
    editor->focusBlock(CanvasBlock::ValueProposition);
    addCard(Qt::Key_Insert, QStringLiteral("ผักปลอดสารส่งตรงจากสวน"));
    press(Qt::Key_5, Qt::ControlModifier);
    addCard(Qt::Key_Insert, QStringLiteral("ขายที่ตลาดนัด"), QStringLiteral("36,000"));
    addCard(Qt::Key_N, QStringLiteral("ขายออนไลน์"), QStringLiteral("12,500.50"));
    press(Qt::Key_6, Qt::ControlModifier);
    addCard(Qt::Key_Insert, QStringLiteral("ปลูกผักหมุนเวียน"));
    linkFirstChoice();
    press(Qt::Key_9, Qt::ControlModifier);
    addCard(Qt::Key_Insert, QStringLiteral("ค่าเมล็ดพันธุ์และปุ๋ย"), QStringLiteral("9,000"));
    linkFirstChoice();

    CHECK(texts(db, version, CanvasBlock::ValueProposition) == QStringList{QStringLiteral("ผักปลอดสารส่งตรงจากสวน")});
    CHECK(texts(db, version, CanvasBlock::RevenueStreams) ==
          QStringList({QStringLiteral("ขายที่ตลาดนัด"), QStringLiteral("ขายออนไลน์")}));
    CHECK(LinkRepository(db).links(version).size() == 2);
    CHECK(editor->cards(CanvasBlock::CostStructure)->item(0)->text().contains(QStringLiteral("[เชื่อม 1]")));

    // The market stall goes below the online shop.
    press(Qt::Key_5, Qt::ControlModifier);
    press(Qt::Key_Up);
    press(Qt::Key_Down, Qt::ControlModifier);
    CHECK(texts(db, version, CanvasBlock::RevenueStreams) ==
          QStringList({QStringLiteral("ขายออนไลน์"), QStringLiteral("ขายที่ตลาดนัด")}));

    // The value card moves on to block 2: the activity may serve that too.
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_Right, Qt::ControlModifier);
    CHECK(texts(db, version, CanvasBlock::ValueProposition).isEmpty());
    CHECK(texts(db, version, CanvasBlock::CustomerSegments) == QStringList{QStringLiteral("ผักปลอดสารส่งตรงจากสวน")});

    // A cost cannot go to the partners' block: the core says why, nothing moves.
    QString refusal;
    press(Qt::Key_9, Qt::ControlModifier);
    whenDialogOpens([&refusal](QWidget* dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(dialog)) refusal = box->text();
    });
    press(Qt::Key_Left, Qt::ControlModifier);
    CHECK(!refusal.isEmpty());
    CHECK(texts(db, version, CanvasBlock::CostStructure).size() == 1);

    const CanvasFigures expected = expectedFigures(db, version);
    CHECK(expected.revenue == Money::fromSatang(4850050));
    CHECK(expected.cost == Money::fromSatang(900000));
    CHECK(expected.profit() == Money::fromSatang(3950050));
    page.tabs()->setCurrentWidget(page.figures());
    CHECK(page.figures()->table()->cellText(0, 1) == QStringLiteral("48,500.50"));
    CHECK(page.figures()->table()->cellText(1, 1) == QStringLiteral("9,000.00"));
    CHECK(page.figures()->table()->cellText(2, 1) == QStringLiteral("39,500.50"));

    // Version 2 starts as a copy; the market stall is raised there (F2).
    page.tabs()->setCurrentWidget(page.canvas());
    whenDialogOpens([](QWidget* dialog) { QTest::keyClick(dialog->focusWidget(), Qt::Key_Return); });
    page.canvas()->newVersion();
    const QString second = page.canvas()->versionId();
    REQUIRE(second != version);
    REQUIRE(VersionRepository(db).versions(page.currentPlanId()).size() == 2);
    editor->focusBlock(CanvasBlock::RevenueStreams);
    press(Qt::Key_Down);
    activate();
    whenDialogOpens([](QWidget* dialog) {
        auto* amount = named<QLineEdit>(dialog, "cardAmount");
        clearText(amount);
        typeText(amount, QStringLiteral("40,000"));
        QTest::keyClick(amount, Qt::Key_Return);
    });
    press(Qt::Key_F2);
    CHECK(expectedFigures(db, second).profit() == Money::fromSatang(4350050));
    CHECK(expectedFigures(db, version).profit() == Money::fromSatang(3950050));

    ui::CompareTab* compare = page.compare();
    page.tabs()->setCurrentWidget(compare);
    CHECK(compare->firstBox()->currentData().toString() == version);
    CHECK(compare->secondBox()->currentData().toString() == second);
    CHECK(compare->figures()->cellText(0, 3) == QStringLiteral("4,000.00"));
    CHECK(compare->figures()->cellText(2, 3) == QStringLiteral("4,000.00"));
    int changed = 0;
    for (int r = 0; r < compare->table()->rows(); ++r)
        if (compare->table()->cellText(r, 3) == QStringLiteral("เปลี่ยน")) ++changed;
    CHECK(changed == 1);

    // The page prints the version on screen: version 2's canvas shows its
    // expected profit, 43,500.50.
    page.tabs()->setCurrentWidget(page.canvas());
    const std::optional<ReportDocument> canvas = page.planReport(QStringLiteral("business-canvas"));
    REQUIRE(canvas);
    CHECK(canvas->landscape);
    CHECK(QString::fromUtf8(reportCsv(*canvas)).contains(QStringLiteral("43500.50")));
    REQUIRE(page.planReport(QStringLiteral("business-plan")));
}

// A plan made in the core, then worked with the mouse and the page's forms:
// its canvas fits the page of a 1366×768 window without scrolling, a card
// dragged within and between blocks lands where it was dropped (and a cost
// dropped on the partners' block is refused), the plan's title and notes and
// version 2's note are corrected, version 2 is deleted, a KSNB item names a
// registered person, and finally the whole plan is deleted.
TEST_CASE("a plan is edited, its cards dragged, its latest version and then the plan deleted") {
    DomainFixture f;
    const Organisation group =
        f.addOrganisation(QStringLiteral("CE-002"), QStringLiteral("35020101"), OrganisationKind::CommunityEnterprise);
    const Person adviser =
        f.addPerson(QStringLiteral("สมศรี"), QStringLiteral("ใจงาม"), validId(7), QStringLiteral("35020101"));
    Database& db = f.db();
    BusinessPlan plan{{}, group.id, QStringLiteral("แผนข้าวกล้องงอก"), {}};
    const PlanVersion v1 = PlanRepository(db).create(plan, QDate(2026, 1, 10));
    CanvasRepository cards(db);
    const auto card = [&](CanvasBlock block, const QString& text, std::optional<Money> amount = {}) {
        CanvasItem item;
        item.versionId = v1.id;
        item.block = block;
        item.text = text;
        item.amount = amount;
        cards.add(item);
        return item;
    };
    const CanvasItem rice = card(CanvasBlock::ValueProposition, QStringLiteral("ข้าวกล้องงอกหอมมะลิ"));
    const CanvasItem pack = card(CanvasBlock::ValueProposition, QStringLiteral("ถุงสุญญากาศ 1 กิโลกรัม"));
    const CanvasItem clinic = card(CanvasBlock::ValueProposition, QStringLiteral("ขายให้คลินิกสุขภาพ"));
    const CanvasItem fuel = card(CanvasBlock::CostStructure, QStringLiteral("ค่าแก๊สอบข้าว"), Money::fromBaht(6000));

    ui::BusinessPlansPage page(db);
    page.resize(1105, 620);
    page.show();
    pageWindow = &page;
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.refresh();
    page.select(plan.id);
    page.tabs()->setCurrentWidget(page.canvas());
    QTest::qWait(50);
    CHECK(page.heading()->text().contains(QStringLiteral("แผนข้าวกล้องงอก")));
    auto* scroll = named<QScrollArea>(&page, "canvasScroll");
    REQUIRE(scroll);
    CHECK_FALSE(scroll->verticalScrollBar()->isVisible());
    CHECK(page.canvas()->editor()->height() <= scroll->viewport()->height());

    // Dropping: the card listed first goes below the third (the drop is in
    // the lower half of the third row), then the clinic card to block 2.
    ui::CanvasEditor* editor = page.canvas()->editor();
    const auto drop = [&](const CanvasItem& dragged, CanvasBlock onto, int row, bool lowerHalf) {
        QListWidget* list = editor->cards(onto);
        QPoint at(list->viewport()->width() / 2, list->viewport()->height() - 2);
        if (row < list->count()) {
            const QRect r = list->visualItemRect(list->item(row));
            at = QPoint(r.center().x(), lowerHalf ? r.bottom() - 1 : r.top() + 1);
        }
        QMimeData mime;
        mime.setData(ui::CanvasBlockView::cardMimeType(), dragged.id.toUtf8());
        // Qt hands a drop only to the widget the drag entered.
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &enter);
        QDropEvent event(QPointF(at), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &event);
    };
    const auto settle = [] { QTest::qWait(20); };  // the move waits until the drag is over
    drop(rice, CanvasBlock::ValueProposition, 2, true);
    settle();
    CHECK(texts(db, v1.id, CanvasBlock::ValueProposition) ==
          QStringList({pack.text, clinic.text, rice.text}));
    // The first card dropped on the upper half of the third goes between the
    // second and the third: the place it leaves closes up above the drop.
    drop(pack, CanvasBlock::ValueProposition, 2, false);
    settle();
    CHECK(texts(db, v1.id, CanvasBlock::ValueProposition) ==
          QStringList({clinic.text, pack.text, rice.text}));
    drop(clinic, CanvasBlock::CustomerSegments, 0, false);
    settle();
    CHECK(texts(db, v1.id, CanvasBlock::CustomerSegments) == QStringList{clinic.text});
    CHECK(texts(db, v1.id, CanvasBlock::ValueProposition) == QStringList({pack.text, rice.text}));
    CHECK(editor->cards(CanvasBlock::CustomerSegments)->count() == 1);
    QString refusal;
    drop(fuel, CanvasBlock::KeyPartners, 0, false);
    whenDialogOpens([&refusal](QWidget* dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(dialog)) refusal = box->text();
    });
    settle();
    CHECK(refusal.contains(QStringLiteral("จำนวนเงิน")));
    CHECK(texts(db, v1.id, CanvasBlock::CostStructure) == QStringList{fuel.text});

    // The plan's title and notes, edited through its form.
    page.tabs()->setCurrentWidget(page.planList());
    activate();
    whenDialogOpens([](QWidget* dialog) {
        auto* title = named<QLineEdit>(dialog, "planTitle");
        clearText(title);
        typeText(title, QStringLiteral("แผนข้าวกล้องงอกบ้านหนองบัว"));
        typeText(named<QPlainTextEdit>(dialog, "planNotes"), QStringLiteral("ทบทวนหลังเวทีประชาคม"));
        QTest::keyClick(title, Qt::Key_Return);
    });
    page.planList()->editPlan();
    const std::optional<BusinessPlanRow> edited = PlanRepository(db).find(plan.id);
    REQUIRE(edited);
    CHECK(edited->plan.title == QStringLiteral("แผนข้าวกล้องงอกบ้านหนองบัว"));
    CHECK(edited->plan.notes == QStringLiteral("ทบทวนหลังเวทีประชาคม"));
    CHECK(page.heading()->text().contains(QStringLiteral("แผนข้าวกล้องงอกบ้านหนองบัว")));

    // Version 2: its note corrected, then deleted; version 1 stays whole.
    const PlanVersion v2 = VersionRepository(db).newVersion(v1.id, QDate(2026, 3, 1));
    page.refresh();
    page.tabs()->setCurrentWidget(page.canvas());
    page.canvas()->versionBox()->setCurrentIndex(1);
    REQUIRE(page.canvas()->versionId() == v2.id);
    activate();
    whenDialogOpens([](QWidget* dialog) {
        auto* note = named<QLineEdit>(dialog, "versionNote");
        typeText(note, QStringLiteral("เพิ่มช่องทางขายออนไลน์"));
        QTest::keyClick(note, Qt::Key_Return);
    });
    page.canvas()->editVersion();
    CHECK(VersionRepository(db).find(v2.id)->note == QStringLiteral("เพิ่มช่องทางขายออนไลน์"));
    CHECK(page.canvas()->versionBox()->itemData(1, Qt::ToolTipRole).toString() == QStringLiteral("เพิ่มช่องทางขายออนไลน์"));
    activate();
    whenDialogOpens([](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("4 รายการ")));
        box->button(QMessageBox::Yes)->click();
    });
    page.canvas()->removeVersion();
    CHECK(VersionRepository(db).versions(plan.id).size() == 1);
    CHECK(page.canvas()->versionId() == v1.id);
    CHECK(cards.items(v1.id).size() == 4);

    // A KSNB item whose responsible person is picked from the register.
    page.tabs()->setCurrentWidget(page.ksnb());
    activate();
    whenDialogOpens([&adviser](QWidget* dialog) {
        typeText(named<QLineEdit>(dialog, "ksnbTopic"), QStringLiteral("การทำบัญชีต้นทุน"));
        typeText(named<QLineEdit>(dialog, "personSearch"), adviser.nationalId);
        QTest::keyClick(named<QLineEdit>(dialog, "ksnbTopic"), Qt::Key_Return);
    });
    page.ksnb()->addItem();
    const QList<KsnbItem> ksnb = KsnbRepository(db).list(plan.id);
    REQUIRE(ksnb.size() == 1);
    CHECK(ksnb[0].personId == adviser.id);
    bool named = false;
    for (int c = 0; c < 8; ++c)
        if (page.ksnb()->table()->cellText(0, c) == QStringLiteral("นางสมศรี ใจงาม")) named = true;
    CHECK(named);

    // The whole plan goes, after the question says what goes with it.
    page.tabs()->setCurrentWidget(page.planList());
    activate();
    QString asked;
    whenDialogOpens([&asked](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        asked = box->informativeText();
        for (QAbstractButton* button : box->buttons())
            if (button->text() == QStringLiteral("ลบทั้งแผน")) button->click();
    });
    page.planList()->removePlan();
    CHECK(asked.contains(QStringLiteral("1 รุ่น")));
    CHECK(asked.contains(QStringLiteral("รายการบนแคนวาส 4 รายการ")));
    CHECK(PlanRepository(db).list().isEmpty());
    CHECK(page.plans()->rows() == 0);
    CHECK(page.currentPlanId().isEmpty());
    CHECK_FALSE(page.tabs()->isTabEnabled(1));
}

// A plan of one group that covers another group's product: editing the
// plan's title keeps that product, though its maker is not the plan's
// organisation (the form lists it, ticked, after the group's own products).
TEST_CASE("editing a plan keeps the products it covers from other producers") {
    OtopFixture f;
    const Organisation ce =
        f.addOrganisation(QStringLiteral("CE-003"), QStringLiteral("35020101"), OrganisationKind::CommunityEnterprise);
    BusinessPlan plan{{}, ce.id, QStringLiteral("แผนตลาดของฝาก"), {}};
    PlanRepository(f.db()).create(plan, QDate(2026, 2, 1), {f.product.id});

    ui::PlanDialog dialog(f.db(), PlanRepository(f.db()).find(plan.id)->plan);
    auto* products = named<QListWidget>(&dialog, "planProducts");
    REQUIRE(products->count() == 1);
    CHECK(products->item(0)->checkState() == Qt::Checked);
    auto* title = named<QLineEdit>(&dialog, "planTitle");
    clearText(title);
    typeText(title, QStringLiteral("แผนตลาดของฝากอำเภอ"));
    REQUIRE(dialog.saveButton()->isEnabled());
    dialog.saveButton()->click();
    CHECK(PlanRepository(f.db()).find(plan.id)->plan.title == QStringLiteral("แผนตลาดของฝากอำเภอ"));
    CHECK(PlanRepository(f.db()).products(plan.id) == QStringList{f.product.id});
}
