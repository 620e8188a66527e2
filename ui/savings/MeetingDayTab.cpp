#include "savings/MeetingDayTab.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"
#include "savings/MeetingDayService.h"
#include "savings/MeetingSheetModel.h"
#include "thai/BahtText.h"
#include "thai/ThaiDate.h"
#include "widgets/EntryTable.h"
#include "widgets/TableSetup.h"
#include "widgets/ThaiDateEdit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace thanrak::ui {

MeetingDayTab::MeetingDayTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      date_(new ThaiDateEdit(this)),
      monthLabel_(new QLabel(this)),
      message_(new QLabel(this)),
      model_(new MeetingSheetModel(this)),
      table_(new EntryTable(this)),
      totals_(new QLabel(this)),
      absent_(new QPushButton(tr("ไม่ได้มาชำระ (ล้างแถว)"), this)),
      post_(new QPushButton(tr("บันทึกการประชุมและออกใบเสร็จ"), this)) {
    setObjectName(QStringLiteral("meetingDayTab"));
    table_->setObjectName(QStringLiteral("meetingSheet"));
    table_->setModel(model_);
    fitRowHeight(table_);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(MeetingSheetModel::Name, QHeaderView::Stretch);
    message_->setWordWrap(true);
    post_->setObjectName(QStringLiteral("postMeetingButton"));
    post_->setDefault(false);
    post_->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTop());
    layout->addWidget(message_);
    layout->addWidget(table_, 1);
    layout->addWidget(buildBottom());
    date_->setDate(QDate::currentDate());
    connect(date_, &ThaiDateEdit::edited, this, &MeetingDayTab::reload);
    connect(model_, &MeetingSheetModel::totalsChanged, this, &MeetingDayTab::showTotals);
    connect(model_, &MeetingSheetModel::refused, this,
            [this](const QString& text) { showMessage(text, true); });
    connect(absent_, &QPushButton::clicked, this, &MeetingDayTab::clearCurrentRow);
    connect(post_, &QPushButton::clicked, this, &MeetingDayTab::postMeeting);
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    connect(save, &QShortcut::activated, this, &MeetingDayTab::postMeeting);
}

QString MeetingDayTab::title() const {
    return tr("วันสัจจะ (รับเงินประจำเดือน)");
}

QWidget* MeetingDayTab::buildTop() {
    auto* top = new QWidget(this);
    auto* row = new QHBoxLayout(top);
    row->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("วันประชุม:"), top);
    label->setBuddy(date_->lineEdit());
    row->addWidget(label);
    row->addWidget(date_);
    row->addWidget(monthLabel_, 1);
    return top;
}

QWidget* MeetingDayTab::buildBottom() {
    auto* bottom = new QWidget(this);
    auto* column = new QVBoxLayout(bottom);
    column->setContentsMargins(0, 0, 0, 0);
    QFont big = totals_->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    totals_->setFont(big);
    totals_->setObjectName(QStringLiteral("meetingTotals"));
    totals_->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(absent_);
    buttons->addWidget(post_);
    column->addWidget(totals_);
    column->addLayout(buttons);
    return bottom;
}

void MeetingDayTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    reload();
}

void MeetingDayTab::reload() {
    showMessage({}, false);
    const QDate day = date_->date();
    if (organisationId_.isEmpty() || !day.isValid()) {
        model_->setSheet({}, true);
        post_->setEnabled(false);
        return;
    }
    monthLabel_->setText(tr("รับเงินของเดือน%1").arg(formatThaiMonthYear(day.year(), day.month())));
    try {
        const MeetingDues dues = MeetingDayService(db_).dues(organisationId_, monthKey(day), day);
        model_->setSheet(MeetingSheet(dues), dues.alreadyPosted);
        table_->setColumnHidden(MeetingSheetModel::DepositPaid, !dues.depositsEnabled);
        post_->setEnabled(!dues.alreadyPosted && !dues.members.isEmpty());
        absent_->setEnabled(post_->isEnabled());
        if (dues.alreadyPosted)
            showMessage(tr("บันทึกการประชุมของเดือนนี้แล้ว ตารางนี้แสดงเพื่อดูเท่านั้น"), false);
    } catch (const Error& error) {
        model_->setSheet({}, true);
        post_->setEnabled(false);
        absent_->setEnabled(false);
        showMessage(error.message(), true);
    }
}

void MeetingDayTab::showTotals() {
    const SheetTotals t = model_->sheet().totals();
    totals_->setText(tr("ผู้ชำระ %1 จาก %2 คน   สัจจะ %3   เงินฝาก %4   ค่าปรับ %5   เงินกู้ %6\n"
                        "รวมรับ %7 บาท (ยอดที่ต้องรับ %8 บาท)")
                         .arg(t.payers)
                         .arg(model_->sheet().size())
                         .arg(formatMoney(t.sajja), formatMoney(t.deposit), formatMoney(t.fine),
                              formatMoney(t.loans), formatMoney(t.paid), formatMoney(t.due)));
}

void MeetingDayTab::showMessage(const QString& text, bool problem) {
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    message_->setStyleSheet(problem ? QStringLiteral("color: #a40000; font-weight: bold;")
                                    : QStringLiteral("color: #1f4e79;"));
}

void MeetingDayTab::clearCurrentRow() {
    const QModelIndex current = table_->currentIndex();
    if (current.isValid())
        model_->clearRow(current.row());
}

bool MeetingDayTab::postMeeting() {
    if (!post_->isEnabled())
        return false;
    const SheetTotals t = model_->sheet().totals();
    const QString question = tr("บันทึกการประชุมวันที่ %1\nผู้ชำระ %2 คน รวมรับ %3 บาท\n(%4)\n\n"
                                "เมื่อบันทึกแล้วจะแก้ไขไม่ได้ ต้องกลับรายการเท่านั้น ต้องการบันทึกหรือไม่")
                                 .arg(formatThaiDate(date_->date(), ThaiDateStyle::Long))
                                 .arg(t.payers)
                                 .arg(formatMoney(t.paid), bahtText(t.paid.satang()));
    if (QMessageBox::question(this, tr("บันทึกการประชุม"), question) != QMessageBox::Yes)
        return false;
    try {
        const PostedMeeting posted =
            MeetingDayService(db_).post(organisationId_, date_->date(), model_->sheet().payments());
        const QString summary =
            tr("บันทึกแล้ว ใบเสร็จเลขที่ %1 ถึง %2 รวม %3 บาท")
                .arg(receiptNoText(posted.receipts.first()), receiptNoText(posted.receipts.last()),
                     formatMoney(posted.total));
        reload();
        showMessage(summary, false);
        emit this->posted(summary);
        return true;
    } catch (const Error& error) {
        showMessage(error.message(), true);
        return false;
    }
}

}  // namespace thanrak::ui
