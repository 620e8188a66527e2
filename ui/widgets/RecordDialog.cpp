#include "widgets/RecordDialog.h"

#include "base/Error.h"
#include "widgets/FieldForm.h"
#include "widgets/FieldMessage.h"
#include "widgets/NationalIdEdit.h"
#include "widgets/PlaceFilterBar.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace thanrak::ui {

RecordDialog::RecordDialog(const QString& title, QWidget* parent)
    : QDialog(parent),
      form_(new FieldForm(this)),
      body_(new QVBoxLayout(this)),
      general_(new FieldMessage(this)),
      save_(new QPushButton(tr("บันทึก (Enter)"), this)),
      cancel_(new QPushButton(tr("ยกเลิก (Esc)"), this)) {
    setWindowTitle(title);
    setModal(true);
    QPushButton* cancel = cancel_;
    save_->setObjectName(QStringLiteral("saveButton"));
    save_->setDefault(true);
    cancel->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(save_, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    const int gap = fontMetrics().height() / 2;
    body_->setSpacing(gap);
    body_->setContentsMargins(gap * 3, gap * 2, gap * 3, gap * 2);
    body_->addWidget(form_);
    body_->addStretch(1);
    body_->addWidget(general_);
    body_->addWidget(buttons);
    // Grow when messages appear rather than squeeze the rows.
    body_->setSizeConstraint(QLayout::SetMinimumSize);
}

void RecordDialog::watch(QLineEdit* editor, const QString& field) {
    connect(editor, &QLineEdit::textEdited, this, [this, field] { fieldEdited(field); });
}

void RecordDialog::watch(QComboBox* editor, const QString& field) {
    connect(editor, &QComboBox::activated, this, [this, field] { fieldEdited(field); });
}

void RecordDialog::watch(ThaiDateEdit* editor, const QString& field) {
    connect(editor, &ThaiDateEdit::edited, this, [this, field] { fieldEdited(field); });
}

void RecordDialog::watch(NationalIdEdit* editor, const QString& field) {
    connect(editor, &NationalIdEdit::edited, this, [this, field] { fieldEdited(field); });
}

void RecordDialog::watch(PlaceFilterBar* editor, const QString& field) {
    connect(editor, &PlaceFilterBar::changed, this, [this, field] { fieldEdited(field); });
}

void RecordDialog::setTabChain(const QList<QWidget*>& editors) {
    QList<QWidget*> chain = editors;
    chain << save_ << cancel_;
    for (int i = 1; i < chain.size(); ++i) setTabOrder(chain.at(i - 1), chain.at(i));
    if (!editors.isEmpty())
        editors.front()->setFocus();
}

void RecordDialog::fitToScreen(int wantedWidth) {
    QSize size(wantedWidth, sizeHint().height());
    if (const QScreen* screen = this->screen()) {
        const QRect room = screen->availableGeometry();
        size = size.boundedTo(QSize(room.width() - 40, room.height() - 60));
    }
    resize(size);
}

void RecordDialog::fieldEdited(const QString& field) {
    touched_.insert(field);
    revalidate();
}

void RecordDialog::showAllProblems() {
    showAll_ = true;
    revalidate();
}

void RecordDialog::revalidate() {
    showOutcome(problems());
}

void RecordDialog::showOutcome(const FieldProblems& problems) {
    QSet<QString> visible = touched_;
    if (showAll_)
        for (const FieldProblem& problem : problems) visible.insert(problem.field);
    const FieldProblems homeless = form_->showProblems(problems, visible);
    QStringList lines;
    for (const FieldProblem& problem : homeless) lines << problem.message;
    const bool hidden = std::any_of(problems.begin(), problems.end(), [&](const FieldProblem& p) {
        return !visible.contains(p.field) && !p.message.isEmpty();
    });
    if (hidden)
        lines << tr("กรอกช่องที่จำเป็นให้ครบแล้วจึงบันทึกได้");
    general_->showMessage(lines.join(QLatin1Char('\n')));
    save_->setEnabled(problems.isEmpty());
    growToFit();
}

void RecordDialog::growToFit() {
    // Messages wrap onto more lines; Qt does not grow a window for wrapped
    // text by itself, so ask the layout how tall this width needs to be.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void RecordDialog::addUnreadable(FieldProblems& problems, const ThaiDateEdit* edit,
                                 const QString& field) {
    if (edit->hasError())
        problems.append({field, QString()});
}

void RecordDialog::accept() {
    const FieldProblems current = problems();
    if (!current.isEmpty()) {
        showAll_ = true;
        showOutcome(current);
        return;
    }
    try {
        saveRecord();
    } catch (const ValidationError& error) {
        showAll_ = true;
        showOutcome(error.problems());
        return;
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("บันทึกไม่สำเร็จ"), error.message());
        return;
    }
    QDialog::accept();
}

void RecordDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    growToFit();
}

void RecordDialog::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && !save_->isEnabled()) {
        // บันทึก is off: say what is missing instead of doing nothing.
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

}  // namespace thanrak::ui
