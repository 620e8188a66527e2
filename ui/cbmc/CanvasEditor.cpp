#include "cbmc/CanvasEditor.h"

#include "base/Error.h"
#include "cbmc/CanvasBlockView.h"
#include "cbmc/CanvasRepository.h"
#include "cbmc/CardDialog.h"
#include "cbmc/LinkDialog.h"
#include "cbmc/LinkRepository.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>

namespace thanrak::ui {

namespace {
// The keys the editor takes before any window shortcut (Ctrl+N, Ctrl+1..9).
bool isEditorKey(const QKeyEvent* key) {
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    switch (key->key()) {
    case Qt::Key_Insert: case Qt::Key_F2: case Qt::Key_Delete: case Qt::Key_Return: case Qt::Key_Enter:
        return true;
    case Qt::Key_N: case Qt::Key_L: case Qt::Key_Up: case Qt::Key_Down: case Qt::Key_Left: case Qt::Key_Right:
        return ctrl;
    default:
        return ctrl && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9;
    }
}
}  // namespace

CanvasEditor::CanvasEditor(Database& database, QWidget* parent) : QWidget(parent), db_(database) {
    setObjectName(QStringLiteral("canvasEditor"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (CanvasBlock block : allCanvasBlocks()) {
        auto* view = new CanvasBlockView(block, this);
        const int index = blockNumber(block) - 1;
        grid->addWidget(view, index / 3, index % 3);
        view->cards()->installEventFilter(this);
        connect(view->cards(), &QListWidget::itemDoubleClicked, this, &CanvasEditor::editCard);
        connect(view->cards(), &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint& at) { showMenu(view, at); });
        // Queued: the lists are rebuilt only after the drag has let go of them.
        connect(view, &CanvasBlockView::cardDropped, this,
                [this, block](const QString& id, int before) { dropCard(id, block, before); }, Qt::QueuedConnection);
        blocks_ << view;
    }
    // Equal columns; rows first get what their headings and questions ask
    // for, and the cards share the rest.
    for (int i = 0; i < 3; ++i) grid->setColumnStretch(i, 1);
    lastFocused_ = blocks_.first();
}

QListWidget* CanvasEditor::cards(CanvasBlock block) const {
    return blocks_.value(blockNumber(block) - 1)->cards();
}

void CanvasEditor::focusBlock(CanvasBlock block) {
    lastFocused_ = blocks_.value(blockNumber(block) - 1);
    QListWidget* list = cards(block);
    list->setFocus(Qt::ShortcutFocusReason);
    if (list->count() > 0 && !list->currentItem()) list->setCurrentRow(0);
}

void CanvasEditor::showVersion(const QString& versionId) {
    versionId_ = versionId;
    reload();
}

void CanvasEditor::reload(const QString& selectId) {
    QList<CanvasItem> items;
    QHash<QString, int> linkCounts;
    if (!versionId_.isEmpty()) {
        items = CanvasRepository(db_).items(versionId_);
        for (const CanvasLink& link : LinkRepository(db_).links(versionId_)) {
            ++linkCounts[link.fromItemId];
            ++linkCounts[link.toItemId];
        }
    }
    for (CanvasBlockView* view : blocks_) {
        const QString before = view->currentCardId();
        QList<CanvasItem> mine;
        for (const CanvasItem& item : items)
            if (item.block == view->block()) mine << item;
        view->showCards(mine, linkCounts);
        view->selectCard(before);
        if (!selectId.isEmpty()) view->selectCard(selectId);
    }
    setEnabled(!versionId_.isEmpty());
}

CanvasBlockView* CanvasEditor::focusedBlock() const {
    // The window's focus child, so the editor also knows its block while
    // another window (a dialog) is active.
    const QWidget* focus = window()->focusWidget();
    for (CanvasBlockView* view : blocks_)
        if (view->cards() == focus) return view;
    return lastFocused_;
}

std::optional<CanvasItem> CanvasEditor::currentCard() const {
    const QString id = focusedBlock()->currentCardId();
    return id.isEmpty() ? std::nullopt : CanvasRepository(db_).find(id);
}

void CanvasEditor::afterWrite(const QString& selectId) {
    reload(selectId);
    for (CanvasBlockView* view : blocks_)
        if (view->currentCardId() == selectId && !selectId.isEmpty()) {
            view->cards()->setFocus();
            lastFocused_ = view;
        }
    emit changed();
}

void CanvasEditor::addCard() {
    if (versionId_.isEmpty()) return;
    CanvasItem item;
    item.versionId = versionId_;
    item.block = focusedBlock()->block();
    CardDialog dialog(db_, item, this);
    if (dialog.exec() == QDialog::Accepted) afterWrite(dialog.item().id);
}

void CanvasEditor::editCard() {
    const std::optional<CanvasItem> item = currentCard();
    if (!item) return;
    CardDialog dialog(db_, *item, this);
    if (dialog.exec() == QDialog::Accepted) afterWrite(item->id);
}

void CanvasEditor::removeCard() {
    const std::optional<CanvasItem> item = currentCard();
    if (!item) return;
    if (QMessageBox::question(this, tr("ลบรายการ"), tr("ลบ “%1” และเส้นเชื่อมของรายการนี้หรือไม่").arg(item->text)) !=
        QMessageBox::Yes)
        return;
    CanvasRepository(db_).remove(item->id);
    afterWrite({});
}

void CanvasEditor::moveWithin(bool up) {
    const std::optional<CanvasItem> item = currentCard();
    if (!item) return;
    CanvasRepository repository(db_);
    if (up ? repository.moveUp(item->id) : repository.moveDown(item->id)) afterWrite(item->id);
}

void CanvasEditor::moveToBlock(int step) {
    const std::optional<CanvasItem> item = currentCard();
    if (!item) return;
    const std::optional<CanvasBlock> target = canvasBlockFromNumber(blockNumber(item->block) + step);
    if (!target) return;
    try {
        CanvasRepository(db_).moveTo(item->id, *target, 1 << 20);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("ย้ายรายการไม่ได้"), error.message());
        return;
    }
    afterWrite(item->id);
}

void CanvasEditor::dropCard(const QString& cardId, CanvasBlock block, int before) {
    const std::optional<CanvasItem> item = CanvasRepository(db_).find(cardId);
    if (!item || item->versionId != versionId_) return;
    // Within its own block the card leaves a gap above the drop when it moves
    // down. Its row as listed counts, not its stored position.
    int listed = 0;
    if (item->block == block)
        for (int i = 0; i < cards(block)->count(); ++i)
            if (cards(block)->item(i)->data(Qt::UserRole).toString() == item->id) listed = i + 1;
    const int position = listed > 0 && listed < before ? before - 1 : before;
    if (listed > 0 && listed == position) return;
    try {
        CanvasRepository(db_).moveTo(item->id, block, position);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("ย้ายรายการไม่ได้"), error.message());
        return;
    }
    focusBlock(block);
    afterWrite(item->id);
}

void CanvasEditor::linkCard() {
    const std::optional<CanvasItem> item = currentCard();
    if (!item) return;
    LinkDialog dialog(db_, *item, this);
    if (!dialog.hasChoices()) {
        QMessageBox::information(this, tr("เชื่อมโยงรายการ"),
                                 tr("รายการในช่องนี้เชื่อมได้กับ %1 ซึ่งยังไม่มีรายการ").arg(allowedLinkText(item->block)));
        return;
    }
    if (dialog.exec() == QDialog::Accepted) afterWrite(item->id);
}

void CanvasEditor::showMenu(CanvasBlockView* view, const QPoint& at) {
    view->cards()->setFocus();
    lastFocused_ = view;
    const bool hasCard = !view->currentCardId().isEmpty();
    QMenu menu(this);
    menu.addAction(tr("เพิ่มรายการ…\tInsert"), this, &CanvasEditor::addCard);
    const QList<QAction*> cardActions = {
        menu.addAction(tr("แก้ไข…\tF2"), this, &CanvasEditor::editCard),
        menu.addAction(tr("เชื่อมโยง…\tCtrl+L"), this, &CanvasEditor::linkCard),
        menu.addAction(tr("เลื่อนขึ้น\tCtrl+Up"), this, [this] { moveWithin(true); }),
        menu.addAction(tr("เลื่อนลง\tCtrl+Down"), this, [this] { moveWithin(false); }),
        menu.addAction(tr("ย้ายไปช่องก่อนหน้า\tCtrl+Left"), this, [this] { moveToBlock(-1); }),
        menu.addAction(tr("ย้ายไปช่องถัดไป\tCtrl+Right"), this, [this] { moveToBlock(1); }),
        menu.addAction(tr("ลบ…\tDelete"), this, &CanvasEditor::removeCard)};
    for (QAction* action : cardActions) action->setEnabled(hasCard);
    menu.exec(view->cards()->viewport()->mapToGlobal(at));
}

bool CanvasEditor::handleKey(QKeyEvent* key) {
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    switch (key->key()) {
    case Qt::Key_Insert: addCard(); return true;
    case Qt::Key_N: addCard(); return true;
    case Qt::Key_F2: case Qt::Key_Return: case Qt::Key_Enter: editCard(); return true;
    case Qt::Key_Delete: removeCard(); return true;
    case Qt::Key_L: linkCard(); return true;
    case Qt::Key_Up: moveWithin(true); return true;
    case Qt::Key_Down: moveWithin(false); return true;
    case Qt::Key_Left: moveToBlock(-1); return true;
    case Qt::Key_Right: moveToBlock(1); return true;
    default:
        if (ctrl && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            focusBlock(*canvasBlockFromNumber(key->key() - Qt::Key_0));
            return true;
        }
        return false;
    }
}

bool CanvasEditor::eventFilter(QObject* watched, QEvent* event) {
    // Nine lists each keep a current card; only the focused one shows it
    // selected, so the eye finds the block the keys act on.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        for (CanvasBlockView* view : blocks_) {
            if (view->cards() != watched) continue;
            QListWidgetItem* current = view->cards()->currentItem();
            if (event->type() == QEvent::FocusIn) {
                lastFocused_ = view;
                if (current) current->setSelected(true);
            } else {
                view->cards()->clearSelection();
            }
        }
    if (event->type() == QEvent::ShortcutOverride && isEditorKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::KeyPress && isEditorKey(static_cast<QKeyEvent*>(event)))
        return handleKey(static_cast<QKeyEvent*>(event));
    return QWidget::eventFilter(watched, event);
}

}  // namespace thanrak::ui
