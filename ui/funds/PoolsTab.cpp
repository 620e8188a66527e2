#include "funds/PoolsTab.h"

#include "base/Error.h"
#include "fund/PoolRepository.h"
#include "funds/PoolDialogs.h"
#include "money/MoneyFormat.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"
#include "widgets/ThaiDateEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
QList<ListCell> poolCells(const PoolBalance& b) {
    ListCell position = ListCell::number(b.pool.position);
    position.data = b.pool.id;
    const QString bank = b.pool.bankAccountNo.isEmpty()
                             ? b.pool.bankName
                             : QStringLiteral("%1 %2").arg(b.pool.bankName, b.pool.bankAccountNo);
    return {position,
            ListCell::of(b.pool.name),
            ListCell::of(poolKindLabel(b.pool.kind)),
            ListCell::of(bank.trimmed()),
            ListCell::money(b.held),
            // The fund's own money is the members' shares and its profit, not a capital account.
            b.pool.kind == PoolKind::Own && b.capital.isZero() ? ListCell::of(QStringLiteral("—"))
                                                                : ListCell::money(b.capital),
            ListCell::money(b.loansOutstanding)};
}
}  // namespace

PoolsTab::PoolsTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      asOf_(new ThaiDateEdit(this)),
      pools_(new ListTable({tr("ที่"), tr("แหล่งเงินทุน"), tr("ประเภท"), tr("ธนาคาร / เลขที่บัญชี"),
                            tr("เงินในบัญชี"), tr("ทุน / หนี้เงินกู้ยืม"), tr("ให้กู้คงเหลือ")},
                           {1, 3}, this)),
      movements_(new ListTable({tr("วันที่"), tr("รายการ"), tr("ที่มา / หมายเหตุ"), tr("จำนวนเงิน"),
                                tr("ดอกเบี้ย")},
                               {2}, this)),
      totals_(new QLabel(this)),
      schedule_(new QLabel(this)),
      open_(new QPushButton(tr("เปิดแหล่งเงินทุน…"), this)),
      capital_(new QPushButton(tr("รับเงินทุน/เพิ่มทุน…"), this)),
      deposit_(new QPushButton(tr("ฝากเงินสดเข้าบัญชี…"), this)),
      withdraw_(new QPushButton(tr("ถอนเงินสด…"), this)),
      repay_(new QPushButton(tr("ชำระคืนผู้ให้กู้…"), this)) {
    setObjectName(QStringLiteral("poolsTab"));
    pools_->setObjectName(QStringLiteral("poolTable"));
    movements_->setObjectName(QStringLiteral("poolMovementTable"));
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("ณ วันที่:"), this);
    label->setBuddy(asOf_->lineEdit());
    top->addWidget(label);
    top->addWidget(asOf_);
    top->addStretch();
    auto* moves = new QWidget(this);
    auto* movesLayout = new QVBoxLayout(moves);
    movesLayout->setContentsMargins(0, 0, 0, 0);
    movesLayout->addWidget(new QLabel(tr("รายการเงินทุนของแหล่งที่เลือก"), moves));
    movesLayout->addWidget(movements_, 1);
    schedule_->setWordWrap(true);
    movesLayout->addWidget(schedule_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(pools_);
    split->addWidget(moves);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildActions());
    layout->addWidget(split, 1);
    layout->addWidget(totals_);
    asOf_->setDate(QDate::currentDate());
    connect(asOf_, &ThaiDateEdit::edited, this, &PoolsTab::reload);
    connect(pools_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PoolsTab::poolChosen);
    connect(open_, &QPushButton::clicked, this, &PoolsTab::openPool);
    connect(capital_, &QPushButton::clicked, this,
            [this] { moveMoney(PoolMovementKind::Capital); });
    connect(deposit_, &QPushButton::clicked, this,
            [this] { moveMoney(PoolMovementKind::Deposit); });
    connect(withdraw_, &QPushButton::clicked, this,
            [this] { moveMoney(PoolMovementKind::Withdrawal); });
    connect(repay_, &QPushButton::clicked, this,
            [this] { moveMoney(PoolMovementKind::OutsideRepayment); });
    poolChosen();
}

QWidget* PoolsTab::buildActions() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {open_, capital_, deposit_, withdraw_, repay_}) row->addWidget(b);
    row->addStretch();
    return bar;
}

QString PoolsTab::title() const {
    return tr("แหล่งเงินทุน");
}

void PoolsTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    reload();
}

std::optional<PoolBalance> PoolsTab::selected() const {
    const QString id = pools_->currentData().toString();
    for (const PoolBalance& b : balances_)
        if (!id.isEmpty() && b.pool.id == id)
            return b;
    return std::nullopt;
}

void PoolsTab::reload() {
    const QString keep = pools_->currentData().toString();
    pools_->clearRows();
    balances_.clear();
    totals_->clear();
    if (organisationId_.isEmpty() || !asOf_->date().isValid()) {
        poolChosen();
        return;
    }
    balances_ = PoolService(db_).balances(organisationId_, asOf_->date());
    Money held, lent;
    for (const PoolBalance& b : balances_) {
        pools_->addRow(poolCells(b));
        held += b.held;
        lent += b.loansOutstanding;
    }
    totals_->setText(balances_.isEmpty()
                         ? tr("กองทุนนี้ยังไม่มีแหล่งเงินทุน กด \"เปิดแหล่งเงินทุน…\" เพื่อเริ่ม")
                         : tr("รวม %1 แหล่ง: เงินในบัญชี %2 บาท ให้กู้คงเหลือ %3 บาท")
                               .arg(balances_.size())
                               .arg(formatMoney(held), formatMoney(lent)));
    for (int row = 0; row < pools_->rows(); ++row)
        if (pools_->model()->index(row, 0).data(Qt::UserRole).toString() == keep || keep.isEmpty()) {
            pools_->selectRow(row);
            break;
        }
    poolChosen();
}

void PoolsTab::poolChosen() {
    const std::optional<PoolBalance> b = selected();
    open_->setEnabled(!organisationId_.isEmpty());
    capital_->setEnabled(b.has_value());
    deposit_->setEnabled(b.has_value());
    withdraw_->setEnabled(b.has_value());
    repay_->setEnabled(b && b->pool.kind == PoolKind::OutsideLoan);
    movements_->clearRows();
    schedule_->clear();
    if (!b)
        return;
    for (const PoolMovement& m : PoolRepository(db_).movements(b->pool.id)) {
        const bool out =
            m.kind == PoolMovementKind::Withdrawal || m.kind == PoolMovementKind::OutsideRepayment;
        movements_->addRow({ListCell::date(m.date), ListCell::of(poolMovementKindLabel(m.kind)),
                            ListCell::of(m.source), ListCell::money(out ? -m.amount : m.amount),
                            ListCell::money(m.interest)});
    }
    if (b->pool.kind == PoolKind::OutsideLoan) {
        QStringList lines;
        for (const Instalment& i : PoolService(db_).outsideLoanSchedule(b->pool.id))
            lines << tr("งวดที่ %1 ครบกำหนด %2 เงินต้น %3 ดอกเบี้ย %4 บาท")
                         .arg(i.number)
                         .arg(formatThaiDate(i.dueDate), formatMoney(i.principal),
                              formatMoney(i.interest));
        schedule_->setText(tr("กำหนดชำระคืน %1: ").arg(b->pool.outsideLoan->lender) +
                           lines.join(QStringLiteral("; ")));
    }
}

void PoolsTab::openPool() {
    PoolDialog dialog(db_, organisationId_, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void PoolsTab::moveMoney(PoolMovementKind kind) {
    const std::optional<PoolBalance> b = selected();
    if (!b)
        return;
    PoolMoneyDialog dialog(db_, b->pool, kind, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

}  // namespace thanrak::ui
