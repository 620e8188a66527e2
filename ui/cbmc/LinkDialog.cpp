#include "cbmc/LinkDialog.h"

#include "base/Error.h"
#include "cbmc/CanvasRepository.h"
#include "cbmc/LinkRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

LinkDialog::LinkDialog(Database& database, const CanvasItem& from, QWidget* parent)
    : QDialog(parent), db_(database), from_(from), choices_(new QListWidget(this)) {
    setWindowTitle(tr("เชื่อมโยงรายการ"));
    choices_->setObjectName(QStringLiteral("linkChoices"));
    for (const CanvasLink& link : LinkRepository(database).linksOf(from.id))
        if (link.fromItemId == from.id) drawn_.insert(link.toItemId, link.id);
    for (const CanvasItem& card : CanvasRepository(database).items(from.versionId)) {
        if (!linkAllowed(from.block, card.block)) continue;
        auto* row = new QListWidgetItem(tr("ช่อง %1: %2").arg(blockNumber(card.block)).arg(card.text), choices_);
        row->setData(Qt::UserRole, card.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(drawn_.contains(card.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (choices_->count() > 0) choices_->setCurrentRow(0);
    auto* heading = new QLabel(tr("“%1” เชื่อมกับ: %2").arg(from.text, allowedLinkText(from.block)), this);
    heading->setWordWrap(true);
    auto* hint = new QLabel(tr("เว้นวรรค: เลือก/ไม่เลือก · Enter: บันทึก"), this);
    hint->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("บันทึก"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("ยกเลิก"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LinkDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(choices_, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 20);
    choices_->setFocus();
}

bool LinkDialog::hasChoices() const {
    return choices_->count() > 0;
}

void LinkDialog::accept() {
    LinkRepository links(db_);
    try {
        for (int i = 0; i < choices_->count(); ++i) {
            const QString to = choices_->item(i)->data(Qt::UserRole).toString();
            const bool wanted = choices_->item(i)->checkState() == Qt::Checked;
            if (wanted && !drawn_.contains(to)) {
                CanvasLink link{QString(), from_.id, to};
                links.add(link);
            } else if (!wanted && drawn_.contains(to)) {
                links.remove(drawn_.value(to));
            }
        }
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("เชื่อมโยงไม่ได้"), error.message());
        return;
    }
    QDialog::accept();
}

}  // namespace thanrak::ui
