#include "savings/LoanRegisterTab.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"
#include "savings/LoanApplicationDialog.h"
#include "savings/LoanRegister.h"
#include "savings/LoanStepDialogs.h"
#include "savings/RepaymentDialog.h"
#include "savings/ReplacementDialog.h"
#include "widgets/ActionRow.h"
#include "widgets/ListTable.h"
#include "widgets/ThaiDateEdit.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
QList<ListCell> cellsOf(const LoanRegisterRow& row) {
    ListCell contract = ListCell::of(contractNoText(row.loan));
    contract.sortKey = row.loan.contractYear * 100000 + row.loan.contractSeq;
    contract.data = row.loan.id;
    ListCell member = ListCell::of(QStringLiteral("%1 %2").arg(row.memberNo, row.memberName));
    member.sortKey = row.memberName;
    ListCell days = ListCell::number(row.daysOverdue);
    days.warning = row.inArrears();
    return {contract,
            member,
            ListCell::of(row.productName),
            ListCell::date(row.loan.disbursedOn),
            ListCell::money(row.amount),
            ListCell::money(row.outstanding),
            ListCell::money(row.dueNow),
            days,
            ListCell::of(row.closedBy.isEmpty()
                             ? loanStatusLabel(row.loan.status)
                             : QStringLiteral("%1 (%2)").arg(loanStatusLabel(row.loan.status),
                                                             row.closedBy))};
}
}  // namespace

LoanRegisterTab::LoanRegisterTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      asOf_(new ThaiDateEdit(this)),
      search_(new QLineEdit(this)),
      arrearsOnly_(new QCheckBox(tr("เฉพาะที่ค้างชำระ"), this)),
      table_(new ListTable({tr("สัญญา"), tr("ผู้กู้ (เลขที่ ชื่อ)"), tr("ประเภทเงินกู้"), tr("วันที่จ่าย"),
                            tr("วงเงิน"), tr("คงเหลือ"), tr("ต้องชำระ"), tr("ค้าง (วัน)"), tr("สถานะ")},
                           {Member, Product, Status}, this)),
      totals_(new QLabel(this)),
      outcome_(new QLabel(this)),
      apply_(new QPushButton(tr("รับคำขอกู้…"), this)),
      decide_(new QPushButton(tr("มติกรรมการ…"), this)),
      disburse_(new QPushButton(tr("จ่ายเงินกู้…"), this)),
      repay_(new QPushButton(tr("รับชำระนอกวันประชุม…"), this)),
      replace_(new QPushButton(tr("ต่อสัญญา/ปรับหนี้…"), this)) {
    setObjectName(QStringLiteral("loanRegisterTab"));
    table_->setObjectName(QStringLiteral("loanRegisterTable"));
    search_->setPlaceholderText(tr("ค้นหาชื่อผู้กู้หรือเลขที่สัญญา"));
    search_->setClearButtonEnabled(true);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("ณ วันที่:"), this);
    label->setBuddy(asOf_->lineEdit());
    top->addWidget(label);
    top->addWidget(asOf_);
    top->addWidget(search_, 1);
    top->addWidget(arrearsOnly_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildActions());
    layout->addWidget(table_, 1);
    layout->addWidget(totals_);
    asOf_->setDate(QDate::currentDate());
    connect(asOf_, &ThaiDateEdit::edited, this, &LoanRegisterTab::reload);
    connect(arrearsOnly_, &QCheckBox::toggled, this, &LoanRegisterTab::reload);
    connect(search_, &QLineEdit::textChanged, table_, &ListTable::setSearchText);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LoanRegisterTab::selectionChanged);
    connect(apply_, &QPushButton::clicked, this, &LoanRegisterTab::newApplication);
    connect(decide_, &QPushButton::clicked, this, &LoanRegisterTab::decideSelected);
    connect(disburse_, &QPushButton::clicked, this, &LoanRegisterTab::disburseSelected);
    connect(repay_, &QPushButton::clicked, this, &LoanRegisterTab::repaySelected);
    connect(replace_, &QPushButton::clicked, this, &LoanRegisterTab::replaceSelected);
    selectionChanged();
}

QWidget* LoanRegisterTab::buildActions() {
    outcome_->setObjectName(QStringLiteral("loanOutcome"));
    return actionRow(this, {apply_, decide_, disburse_, repay_, replace_}, outcome_);
}

std::optional<LoanRegisterRow> LoanRegisterTab::selected() const {
    const QString id = table_->currentData().toString();
    for (const LoanRegisterRow& row : rows_)
        if (row.loan.id == id && !id.isEmpty())
            return row;
    return std::nullopt;
}

void LoanRegisterTab::selectionChanged() {
    const std::optional<LoanRegisterRow> row = selected();
    apply_->setEnabled(!organisationId_.isEmpty());
    decide_->setEnabled(row && row->loan.status == LoanStatus::Applied &&
                        row->loan.roundId.isEmpty());
    decide_->setToolTip(row && !row->loan.roundId.isEmpty()
                            ? tr("คำขอกู้ในรอบการให้กู้ บันทึกมติที่แท็บรอบการให้กู้")
                            : QString());
    // A village fund's round loan is paid from its round, which also takes the fees.
    disburse_->setEnabled(row && row->loan.status == LoanStatus::Approved &&
                          row->loan.roundId.isEmpty());
    disburse_->setToolTip(row && !row->loan.roundId.isEmpty()
                              ? tr("เงินกู้ในรอบการให้กู้ จ่ายที่แท็บรอบการให้กู้")
                              : QString());
    repay_->setEnabled(row && row->loan.status == LoanStatus::Active);
    replace_->setEnabled(row && row->loan.status == LoanStatus::Active);
}

void LoanRegisterTab::repaySelected() {
    const std::optional<LoanRegisterRow> row = selected();
    if (!row)
        return;
    RepaymentDialog dialog(db_, row->loan, row->memberName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Repayment& done = dialog.result();
    outcome_->setText(done.plan.settles
                          ? tr("รับชำระแล้ว ใบเสร็จเลขที่ %1 สัญญา %2 ปิดบัญชีแล้ว")
                                .arg(receiptNoText(done.receipt), contractNoText(row->loan))
                          : tr("รับชำระแล้ว ใบเสร็จเลขที่ %1 จำนวน %2 บาท")
                                .arg(receiptNoText(done.receipt), formatMoney(done.receipt.total)));
    outcome_->show();
    reload();
}

void LoanRegisterTab::replaceSelected() {
    const std::optional<LoanRegisterRow> row = selected();
    if (!row)
        return;
    ReplacementDialog dialog(db_, row->loan, row->memberName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Disbursement& done = dialog.result();
    outcome_->setText(tr("ทำสัญญาใหม่เลขที่ %1 แล้ว ปิดสัญญาเดิมเลขที่ %2")
                          .arg(contractNoText(done.loan), contractNoText(row->loan)));
    outcome_->show();
    reload();
}

void LoanRegisterTab::newApplication() {
    LoanApplicationDialog dialog(db_, organisationId_, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    outcome_->setText(tr("รับคำขอกู้แล้ว รอคณะกรรมการเงินกู้พิจารณา"));
    outcome_->show();
    reload();
}

void LoanRegisterTab::decideSelected() {
    const std::optional<LoanRegisterRow> row = selected();
    if (!row)
        return;
    LoanDecisionDialog dialog(db_, row->loan, row->memberName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    outcome_->setText(tr("บันทึกมติคณะกรรมการของคำขอกู้ของ %1 แล้ว").arg(row->memberName));
    outcome_->show();
    reload();
}

void LoanRegisterTab::disburseSelected() {
    const std::optional<LoanRegisterRow> row = selected();
    if (!row)
        return;
    DisbursementDialog dialog(db_, row->loan, row->memberName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Disbursement& done = dialog.result();
    QString text = tr("จ่ายเงินกู้แล้ว สัญญาเลขที่ %1 ผ่อน %2 งวด")
                       .arg(contractNoText(done.loan))
                       .arg(done.schedule.size());
    if (!done.legalCapWarning.isEmpty())
        text += QStringLiteral("\n") + done.legalCapWarning;
    outcome_->setText(text);
    outcome_->show();
    reload();
}

QString LoanRegisterTab::title() const {
    return tr("ทะเบียนเงินกู้");
}

void LoanRegisterTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    reload();
}

void LoanRegisterTab::reload() {
    table_->clearRows();
    rows_.clear();
    totals_->clear();
    selectionChanged();
    if (organisationId_.isEmpty() || !asOf_->date().isValid())
        return;
    try {
        rows_ = loanRegister(db_, organisationId_, asOf_->date());
        const QList<LoanRegisterRow>& rows = rows_;
        for (const LoanRegisterRow& row : rows)
            if (!arrearsOnly_->isChecked() || row.inArrears())
                table_->addRow(cellsOf(row));
        const LoanRegisterTotals t = loanRegisterTotals(rows);
        totals_->setText(tr("สัญญาที่ยังผ่อนอยู่ %1 สัญญา เงินต้นคงเหลือ %2 บาท   "
                            "ค้างชำระ %3 สัญญา เงินต้นคงเหลือ %4 บาท")
                             .arg(t.active)
                             .arg(formatMoney(t.outstanding))
                             .arg(t.inArrears)
                             .arg(formatMoney(t.outstandingInArrears)));
    } catch (const Error& error) {
        totals_->setText(error.message());
    }
}

}  // namespace thanrak::ui
