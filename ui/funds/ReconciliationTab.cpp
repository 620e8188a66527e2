#include "funds/ReconciliationTab.h"

#include "base/Error.h"
#include "fund/PoolRepository.h"
#include "fund/PoolService.h"
#include "money/MoneyFormat.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"
#include "widgets/TableSetup.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
enum LineColumn { Shown, Date, EntryNo, Description, Amount };
}  // namespace

ReconciliationTab::ReconciliationTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      pool_(new QComboBox(this)),
      date_(new ThaiDateEdit(this)),
      balance_(new QLineEdit(this)),
      lines_(new QTableWidget(0, 5, this)),
      summary_(new QLabel(this)),
      interest_(new QPushButton(tr("บันทึกดอกเบี้ยเงินฝากที่ธนาคารให้…"), this)),
      save_(new QPushButton(tr("บันทึกการกระทบยอด"), this)),
      history_(new ListTable({tr("วันที่"), tr("ยอดตามสมุดธนาคาร"), tr("ยอดตามบัญชี"), tr("ผลต่าง"),
                              tr("ยังหาที่มาไม่ได้"), tr("หมายเหตุ")},
                             {5}, this)) {
    setObjectName(QStringLiteral("reconciliationTab"));
    pool_->setObjectName(QStringLiteral("reconcilePoolBox"));
    pool_->setMinimumContentsLength(30);
    pool_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    balance_->setObjectName(QStringLiteral("statementBalance"));
    balance_->setAlignment(Qt::AlignRight);
    lines_->setObjectName(QStringLiteral("bankLines"));
    lines_->setHorizontalHeaderLabels({tr("ธนาคารแสดงแล้ว"), tr("วันที่"), tr("เลขที่รายการ"),
                                       tr("รายการ"), tr("จำนวนเงิน")});
    setUpTable(lines_);
    lines_->setSortingEnabled(false);
    lines_->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    summary_->setObjectName(QStringLiteral("reconcileSummary"));
    summary_->setWordWrap(true);
    auto* top = new QHBoxLayout;
    auto* poolLabel = new QLabel(tr("บัญชี:"), this);
    poolLabel->setBuddy(pool_);
    auto* dateLabel = new QLabel(tr("ยอดในสมุดธนาคาร ณ วันที่:"), this);
    dateLabel->setBuddy(date_->lineEdit());
    auto* balanceLabel = new QLabel(tr("ยอดคงเหลือ (บาท):"), this);
    balanceLabel->setBuddy(balance_);
    top->addWidget(poolLabel);
    top->addWidget(pool_, 1);
    auto* statement = new QHBoxLayout;
    statement->addWidget(dateLabel);
    statement->addWidget(date_);
    statement->addWidget(balanceLabel);
    statement->addWidget(balance_);
    statement->addStretch();
    auto* actions = new QHBoxLayout;
    actions->addWidget(interest_);
    actions->addStretch();
    actions->addWidget(save_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(statement);
    layout->addWidget(new QLabel(tr("ติ๊กรายการที่สมุดธนาคารแสดงแล้ว รายการที่ไม่ได้ติ๊กคือส่วนที่ทำให้ยอดต่างกัน"), this));
    layout->addWidget(lines_, 1);
    layout->addWidget(summary_);
    layout->addLayout(actions);
    layout->addWidget(new QLabel(tr("การกระทบยอดที่บันทึกไว้"), this));
    layout->addWidget(history_, 1);
    date_->setDate(QDate::currentDate());
    connect(pool_, &QComboBox::currentIndexChanged, this, [this] {
        fillLines();
        fillHistory();
    });
    connect(date_, &ThaiDateEdit::edited, this, &ReconciliationTab::fillLines);
    connect(balance_, &QLineEdit::textChanged, this, &ReconciliationTab::recalculate);
    connect(lines_, &QTableWidget::itemChanged, this, &ReconciliationTab::recalculate);
    connect(save_, &QPushButton::clicked, this, &ReconciliationTab::save);
    connect(interest_, &QPushButton::clicked, this, &ReconciliationTab::enterBankInterest);
}

QString ReconciliationTab::title() const {
    return tr("กระทบยอดธนาคาร");
}

void ReconciliationTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    const QString keep = pool_->currentData().toString();
    {
        const QSignalBlocker blocker(pool_);
        pool_->clear();
        if (!organisationId.isEmpty())
            for (const CapitalPool& p : PoolRepository(db_).list(organisationId))
                pool_->addItem(p.bankAccountNo.isEmpty()
                                   ? p.name
                                   : tr("%1 (เลขที่ %2)").arg(p.name, p.bankAccountNo),
                               p.id);
        const int index = pool_->findData(keep);
        pool_->setCurrentIndex(index >= 0 ? index : 0);
    }
    fillLines();
    fillHistory();
}

QStringList ReconciliationTab::ticked() const {
    QStringList ids;
    for (int row = 0; row < lines_->rowCount(); ++row)
        if (lines_->item(row, Shown)->checkState() == Qt::Checked)
            ids << lines_->item(row, Shown)->data(Qt::UserRole).toString();
    return ids;
}

void ReconciliationTab::fillLines() {
    const QStringList keep = ticked();
    const QSignalBlocker blocker(lines_);
    lines_->setRowCount(0);
    const QString poolId = pool_->currentData().toString();
    if (poolId.isEmpty() || !date_->date().isValid()) {
        recalculate();
        return;
    }
    const Reconciliation all = BankReconciliation(db_).prepare(poolId, date_->date(), Money());
    lines_->setRowCount(static_cast<int>(all.outstanding.size()));
    for (int row = 0; row < all.outstanding.size(); ++row) {
        const BankBookLine& line = all.outstanding.at(row);
        auto* check = readOnlyItem({});
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        check->setCheckState(keep.contains(line.journalLineId) ? Qt::Checked : Qt::Unchecked);
        check->setData(Qt::UserRole, line.journalLineId);
        lines_->setItem(row, Shown, check);
        lines_->setItem(row, Date, readOnlyItem(formatThaiDate(line.date, ThaiDateStyle::Short)));
        lines_->setItem(row, EntryNo, readOnlyItem(QString::number(line.entryNo), true));
        lines_->setItem(row, Description, readOnlyItem(line.description));
        lines_->setItem(row, Amount, readOnlyItem(formatMoney(line.amount), true));
    }
    lines_->resizeColumnsToContents();
    lines_->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    recalculate();
}

void ReconciliationTab::recalculate() {
    current_.reset();
    const QString poolId = pool_->currentData().toString();
    save_->setEnabled(false);
    interest_->setEnabled(!poolId.isEmpty());
    if (poolId.isEmpty()) {
        summary_->setText(tr("กองทุนนี้ยังไม่มีแหล่งเงินทุนและบัญชีธนาคาร"));
        return;
    }
    Money statement;
    try {
        statement = parseMoney(balance_->text());
    } catch (const Error&) {
        summary_->setText(tr("พิมพ์ยอดคงเหลือตามสมุดธนาคาร เช่น 985,250.00"));
        return;
    }
    if (!date_->date().isValid())
        return;
    current_ = BankReconciliation(db_).prepare(poolId, date_->date(), statement, ticked());
    const Money unexplained = current_->unexplained();
    QString text = tr("ยอดตามบัญชี %1 บาท  ยอดตามสมุดธนาคาร %2 บาท  ผลต่าง %3 บาท\n"
                      "รายการที่ธนาคารยังไม่แสดง %4 รายการ รวม %5 บาท")
                       .arg(formatMoney(current_->bookBalance), formatMoney(statement),
                            formatMoney(current_->difference()))
                       .arg(current_->outstanding.size())
                       .arg(formatMoney(current_->outstandingTotal));
    if (unexplained.isZero())
        text += tr("\nยอดตรงกันแล้ว");
    else
        text += tr("\nยังหาที่มาไม่ได้ %1 บาท (เช่น ดอกเบี้ยหรือค่าธรรมเนียมที่ธนาคารหักหรือให้ "
                   "ที่ยังไม่ได้บันทึก)")
                    .arg(formatMoney(unexplained));
    summary_->setText(text);
    summary_->setStyleSheet(unexplained.isZero() ? QString()
                                                 : QStringLiteral("color: #b00020;"));
    save_->setEnabled(true);
}

void ReconciliationTab::save() {
    if (!current_)
        return;
    if (!current_->unexplained().isZero() &&
        QMessageBox::question(this, tr("บันทึกการกระทบยอด"),
                              tr("ยังมีผลต่างที่หาที่มาไม่ได้ %1 บาท บันทึกไว้ก่อนหรือไม่?")
                                  .arg(formatMoney(current_->unexplained()))) != QMessageBox::Yes)
        return;
    try {
        BankReconciliation(db_).save(current_->pool.id, current_->date, current_->statementBalance,
                                     ticked(), {});
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("บันทึกการกระทบยอด"), e.message());
        return;
    }
    balance_->clear();
    fillLines();
    fillHistory();
}

void ReconciliationTab::enterBankInterest() {
    const QString poolId = pool_->currentData().toString();
    if (poolId.isEmpty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("ดอกเบี้ยเงินฝาก"),
        tr("ดอกเบี้ยที่ธนาคารให้ ณ วันที่ %1 (บาท):").arg(formatThaiDate(date_->date())),
        QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    try {
        PoolService(db_).bankInterest(poolId, date_->date(), parseMoney(text));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("ดอกเบี้ยเงินฝาก"), e.message());
        return;
    }
    fillLines();
}

void ReconciliationTab::fillHistory() {
    history_->clearRows();
    const QString poolId = pool_->currentData().toString();
    if (poolId.isEmpty())
        return;
    BankReconciliation bank(db_);
    for (const BankStatement& s : bank.statements(poolId)) {
        const Reconciliation r = bank.ofStatement(s);
        ListCell open = ListCell::money(r.unexplained());
        open.warning = !r.unexplained().isZero();
        history_->addRow({ListCell::date(s.date), ListCell::money(s.balance),
                          ListCell::money(r.bookBalance), ListCell::money(r.difference()), open,
                          ListCell::of(s.note)});
    }
}

}  // namespace thanrak::ui
