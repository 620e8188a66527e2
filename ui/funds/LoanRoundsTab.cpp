#include "funds/LoanRoundsTab.h"

#include "base/Error.h"
#include "funds/RoundDialogs.h"
#include "money/MoneyFormat.h"
#include "thai/ThaiDate.h"
#include "widgets/ActionRow.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
QList<ListCell> cellsOf(const RoundLine& line) {
    ListCell member = ListCell::of(QStringLiteral("%1 %2").arg(line.memberNo, line.memberName));
    member.sortKey = line.memberNo.toInt();
    member.data = line.loan.id;
    const Loan& l = line.loan;
    return {member,
            ListCell::date(l.appliedOn),
            ListCell::money(l.requestedAmount),
            ListCell::money(l.approvedAmount),
            ListCell::of(contractNoText(l)),
            ListCell::of(loanStatusLabel(l.status)),
            ListCell::of(l.decisionNote)};
}
}  // namespace

LoanRoundsTab::LoanRoundsTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      round_(new QComboBox(this)),
      table_(new ListTable({tr("สมาชิก (เลขที่ ชื่อ)"), tr("วันที่ยื่น"), tr("ขอกู้"), tr("อนุมัติ"),
                            tr("สัญญา"), tr("สถานะ"), tr("มติ/หมายเหตุ")},
                           {Note, Member}, this)),
      totals_(new QLabel(this)),
      outcome_(new QLabel(this)),
      open_(new QPushButton(tr("เปิดรอบใหม่…"), this)),
      apply_(new QPushButton(tr("รับคำขอกู้…"), this)),
      decide_(new QPushButton(tr("มติอนุมัติ/ไม่อนุมัติ…"), this)),
      disburse_(new QPushButton(tr("ทำสัญญาและจ่ายเงิน…"), this)),
      close_(new QPushButton(tr("ปิดรอบ"), this)) {
    setObjectName(QStringLiteral("loanRoundsTab"));
    round_->setObjectName(QStringLiteral("roundBox"));
    table_->setObjectName(QStringLiteral("roundTable"));
    open_->setObjectName(QStringLiteral("openRoundButton"));
    apply_->setObjectName(QStringLiteral("applyButton"));
    decide_->setObjectName(QStringLiteral("decideButton"));
    disburse_->setObjectName(QStringLiteral("disburseButton"));
    close_->setObjectName(QStringLiteral("closeRoundButton"));
    round_->setMinimumContentsLength(30);
    round_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("รอบการให้กู้:"), this);
    label->setBuddy(round_);
    top->addWidget(label);
    top->addWidget(round_, 1);
    top->addWidget(open_);
    top->addWidget(close_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildActions());
    layout->addWidget(table_, 1);
    totals_->setWordWrap(true);
    totals_->setObjectName(QStringLiteral("roundTotals"));
    layout->addWidget(totals_);
    connect(round_, &QComboBox::currentIndexChanged, this, &LoanRoundsTab::reload);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LoanRoundsTab::selectionChanged);
    connect(open_, &QPushButton::clicked, this, &LoanRoundsTab::openRound);
    connect(apply_, &QPushButton::clicked, this, &LoanRoundsTab::applyInRound);
    connect(decide_, &QPushButton::clicked, this, &LoanRoundsTab::decideSelected);
    connect(disburse_, &QPushButton::clicked, this, &LoanRoundsTab::disburseSelected);
    connect(close_, &QPushButton::clicked, this, &LoanRoundsTab::closeRound);
    selectionChanged();
}

QWidget* LoanRoundsTab::buildActions() {
    outcome_->setObjectName(QStringLiteral("roundOutcome"));
    return actionRow(this, {apply_, decide_, disburse_}, outcome_);
}

QString LoanRoundsTab::title() const {
    return tr("รอบการให้กู้");
}

void LoanRoundsTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    outcome_->hide();
    fillRounds();
    reload();
}

void LoanRoundsTab::fillRounds() {
    const QString keep = round_->currentData().toString();
    const QSignalBlocker blocker(round_);
    round_->clear();
    if (organisationId_.isEmpty())
        return;
    for (const LoanRound& r : LoanRoundService(db_).rounds(organisationId_))
        round_->addItem(tr("รอบที่ %1 %2 (%3)")
                            .arg(roundNoText(r), r.title,
                                 r.isOpen() ? tr("เปิดรับถึง %1").arg(formatThaiDate(r.applyBy))
                                            : tr("ปิดแล้ว")),
                        r.id);
    const int index = round_->findData(keep);
    round_->setCurrentIndex(index >= 0 ? index : 0);
}

std::optional<RoundLine> LoanRoundsTab::selected() const {
    const QString id = table_->currentData().toString();
    if (!sheet_ || id.isEmpty())
        return std::nullopt;
    for (const RoundLine& line : sheet_->lines)
        if (line.loan.id == id)
            return line;
    return std::nullopt;
}

void LoanRoundsTab::selectionChanged() {
    const std::optional<RoundLine> line = selected();
    const bool open = sheet_ && sheet_->round.isOpen();
    open_->setEnabled(!organisationId_.isEmpty());
    close_->setEnabled(open);
    apply_->setEnabled(open);
    decide_->setEnabled(line && line->loan.status == LoanStatus::Applied);
    disburse_->setEnabled(line && line->loan.status == LoanStatus::Approved);
}

void LoanRoundsTab::reload() {
    table_->clearRows();
    totals_->clear();
    sheet_.reset();
    const QString roundId = round_->currentData().toString();
    if (!roundId.isEmpty()) {
        sheet_ = LoanRoundService(db_).sheet(roundId, QDate::currentDate());
        for (const RoundLine& line : sheet_->lines) table_->addRow(cellsOf(line));
        totals_->setText(tr("คำขอกู้ %1 ราย (ไม่อนุมัติ %2 ราย) ขอกู้รวม %3 บาท อนุมัติรวม %4 บาท "
                            "จ่ายแล้ว %5 บาท   เงินในบัญชีแหล่งเงินทุนวันนี้ %6 บาท")
                             .arg(sheet_->applications)
                             .arg(sheet_->rejected)
                             .arg(formatMoney(sheet_->requested), formatMoney(sheet_->approved),
                                  formatMoney(sheet_->disbursed), formatMoney(sheet_->poolHeld)));
    } else if (!organisationId_.isEmpty()) {
        totals_->setText(tr("ยังไม่มีรอบการให้กู้ กด \"เปิดรอบใหม่…\" เพื่อเริ่ม"));
    }
    selectionChanged();
}

void LoanRoundsTab::tell(const QString& text) {
    outcome_->setText(text);
    outcome_->show();
}

void LoanRoundsTab::openRound() {
    RoundDialog dialog(db_, organisationId_, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillRounds();
    round_->setCurrentIndex(std::max(0, round_->findData(dialog.round().id)));
    reload();
    tell(tr("เปิดรอบที่ %1 แล้ว").arg(roundNoText(dialog.round())));
}

void LoanRoundsTab::applyInRound() {
    if (!sheet_)
        return;
    RoundApplicationDialog dialog(db_, sheet_->round, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    tell(tr("รับคำขอกู้แล้ว รอคณะกรรมการพิจารณา"));
}

void LoanRoundsTab::decideSelected() {
    const std::optional<RoundLine> line = selected();
    if (!line)
        return;
    RoundDecisionDialog dialog(db_, sheet_->round, *line, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    tell(tr("บันทึกมติของคำขอกู้ของ %1 แล้ว").arg(line->memberName));
}

void LoanRoundsTab::disburseSelected() {
    const std::optional<RoundLine> line = selected();
    if (!line)
        return;
    RoundDisbursementDialog dialog(db_, sheet_->round, *line, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RoundDisbursement& done = dialog.result();
    QString text = tr("จ่ายเงินกู้แล้ว สัญญาเลขที่ %1 ครบกำหนด %2")
                       .arg(contractNoText(done.disbursement.loan),
                            formatThaiDate(done.disbursement.loan.maturityDate));
    if (done.feeReceipt)
        text += tr(" ใบเสร็จค่าธรรมเนียมเลขที่ %1 จำนวน %2 บาท")
                    .arg(receiptNoText(*done.feeReceipt), formatMoney(done.feeReceipt->total));
    reload();
    tell(text);
}

void LoanRoundsTab::closeRound() {
    if (!sheet_)
        return;
    const auto answer = QMessageBox::question(
        this, tr("ปิดรอบการให้กู้"),
        tr("ปิดรอบที่ %1 วันนี้? หลังปิดแล้วจะรับคำขอกู้เพิ่มไม่ได้ แต่ยังบันทึกมติและจ่ายเงินได้")
            .arg(roundNoText(sheet_->round)));
    if (answer != QMessageBox::Yes)
        return;
    try {
        LoanRoundService(db_).close(sheet_->round.id, QDate::currentDate());
    } catch (const Error& e) {
        tell(e.message());
        return;
    }
    fillRounds();
    reload();
}

}  // namespace thanrak::ui
