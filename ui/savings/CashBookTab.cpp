#include "savings/CashBookTab.h"

#include "ledger/Balances.h"
#include "ledger/OtherEntries.h"
#include "money/MoneyFormat.h"
#include "savings/CashBookModel.h"
#include "savings/CashBookReversalDialog.h"
#include "savings/OtherEntryDialog.h"
#include "thai/ThaiDate.h"
#include "widgets/ColumnFitter.h"
#include "widgets/TableSetup.h"
#include "widgets/ThaiDateEdit.h"
#include "widgets/ThaiSortProxy.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
QDate firstOfMonth(const QDate& day) {
    return QDate(day.year(), day.month(), 1);
}

QDate lastOfMonth(const QDate& day) {
    return firstOfMonth(day).addMonths(1).addDays(-1);
}

QLabel* boldLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setTextFormat(Qt::PlainText);
    return label;
}
}  // namespace

CashBookTab::CashBookTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      fromEdit_(new ThaiDateEdit(this)),
      toEdit_(new ThaiDateEdit(this)),
      search_(new QLineEdit(this)),
      count_(new QLabel(this)),
      opening_(boldLabel(this)),
      closing_(boldLabel(this)),
      notice_(new QLabel(this)),
      record_(new QPushButton(tr("บันทึกรายรับ/รายจ่ายอื่น (Insert)"), this)),
      reverse_(new QPushButton(tr("กลับรายการ"), this)),
      model_(new CashBookModel(this)),
      proxy_(new ThaiSortProxy(this)),
      table_(new QTableView(this)) {
    setObjectName(QStringLiteral("cashBookTab"));
    proxy_->setSourceModel(model_);
    proxy_->setFilterKeyColumn(-1);
    table_->setObjectName(QStringLiteral("cashBookTable"));
    table_->setModel(proxy_);
    setUpTable(table_);
    fitColumns(table_, {CashBookModel::Description});
    notice_->setObjectName(QStringLiteral("cashBookNotice"));
    notice_->setWordWrap(true);
    opening_->setObjectName(QStringLiteral("cashBookOpening"));
    closing_->setObjectName(QStringLiteral("cashBookClosing"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(closing_);
    bottom->addSpacing(fontMetrics().averageCharWidth() * 4);
    bottom->addWidget(notice_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildRangeRow());
    layout->addWidget(buildSearchRow());
    layout->addWidget(opening_);
    layout->addWidget(table_, 1);
    layout->addLayout(bottom);
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setFilterFixedString(text.trimmed());
        count_->setText(tr("%1 รายการ").arg(proxy_->rowCount()));
    });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CashBookTab::selectionChanged);
    const QDate today = QDate::currentDate();
    setRange(firstOfMonth(today), lastOfMonth(today));
}

QString CashBookTab::title() const {
    return tr("สมุดเงินสด");
}

QWidget* CashBookTab::buildRangeRow() {
    auto* box = new QWidget(this);
    fromEdit_->lineEdit()->setObjectName(QStringLiteral("cashBookFrom"));
    toEdit_->lineEdit()->setObjectName(QStringLiteral("cashBookTo"));
    auto* fromLabel = new QLabel(tr("ตั้งแต่วันที่"), box);
    fromLabel->setBuddy(fromEdit_->lineEdit());
    auto* toLabel = new QLabel(tr("ถึงวันที่"), box);
    toLabel->setBuddy(toEdit_->lineEdit());
    auto* previous = new QPushButton(tr("◀ เดือนก่อน"), box);
    auto* next = new QPushButton(tr("เดือนถัดไป ▶"), box);
    previous->setObjectName(QStringLiteral("previousMonthButton"));
    next->setObjectName(QStringLiteral("nextMonthButton"));
    for (QPushButton* button : {previous, next}) button->setAutoDefault(false);
    connect(previous, &QPushButton::clicked, this, [this] { stepMonth(-1); });
    connect(next, &QPushButton::clicked, this, [this] { stepMonth(1); });
    connect(fromEdit_, &ThaiDateEdit::edited, this, &CashBookTab::rangeEdited);
    connect(toEdit_, &ThaiDateEdit::edited, this, &CashBookTab::rangeEdited);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(fromLabel);
    row->addWidget(fromEdit_);
    row->addWidget(toLabel);
    row->addWidget(toEdit_);
    row->addStretch(1);
    // The month buttons go with the actions row (buildSearchRow), so the
    // tab fits a 1366-pixel screen.
    monthButtons_ = {previous, next};
    return box;
}

QWidget* CashBookTab::buildSearchRow() {
    auto* box = new QWidget(this);
    search_->setObjectName(QStringLiteral("cashBookSearch"));
    search_->setPlaceholderText(tr("พิมพ์คำในรายการ วันที่ หรือจำนวนเงิน (Ctrl+F)"));
    search_->setClearButtonEnabled(true);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, search_, [this] {
        search_->setFocus();
        search_->selectAll();
    });
    auto* searchLabel = new QLabel(tr("ค้นหา"), box);
    searchLabel->setBuddy(search_);
    record_->setObjectName(QStringLiteral("recordOtherButton"));
    record_->setShortcut(Qt::Key_Insert);
    reverse_->setObjectName(QStringLiteral("reverseEntryButton"));
    reverse_->setToolTip(tr("ยกเลิกรายการที่เลือกด้วยรายการกลับด้าน รายการเดิมจะไม่ถูกลบหรือแก้ไข"));
    for (QPushButton* button : {record_, reverse_}) button->setAutoDefault(false);
    connect(record_, &QPushButton::clicked, this, &CashBookTab::recordOtherEntry);
    connect(reverse_, &QPushButton::clicked, this, &CashBookTab::reverseSelected);
    // Search, then the actions below it, so the tab fits a 1366-pixel screen.
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(searchLabel);
    row->addWidget(search_, 1);
    row->addWidget(count_);
    auto* actions = new QHBoxLayout;
    actions->addWidget(record_);
    actions->addWidget(reverse_);
    actions->addStretch(1);
    for (QPushButton* button : monthButtons_) actions->addWidget(button);
    rows->addLayout(row);
    rows->addLayout(actions);
    return box;
}

void CashBookTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    notice_->clear();
    reload();
}

void CashBookTab::setRange(const QDate& from, const QDate& to) {
    from_ = from;
    to_ = to;
    fromEdit_->setDate(from);
    toEdit_->setDate(to);
    reload();
}

void CashBookTab::rangeEdited() {
    if (!fromEdit_->date().isValid() || !toEdit_->date().isValid())
        return;  // the box itself says what is wrong with the text
    from_ = fromEdit_->date();
    to_ = toEdit_->date();
    reload();
}

void CashBookTab::stepMonth(int months) {
    const QDate start = firstOfMonth(from_).addMonths(months);
    setRange(start, lastOfMonth(start));
}

void CashBookTab::reload(int keepEntryNo) {
    const bool chosen = !organisationId_.isEmpty();
    record_->setEnabled(chosen);
    if (!chosen || from_ > to_) {
        model_->setRows({});
        opening_->setText(chosen ? tr("วันที่เริ่มต้นต้องไม่อยู่หลังวันที่สิ้นสุด")
                                 : tr("เลือกกลุ่มก่อน แล้วสมุดเงินสดของกลุ่มจะแสดงที่นี่"));
        closing_->clear();
        count_->clear();
        selectionChanged();
        return;
    }
    const CashBook book = Balances(db_).cashBook(organisationId_, from_, to_);
    model_->setRows(book.rows);
    opening_->setText(
        tr("ยอดยกมา ณ วันที่ %1   %2 บาท").arg(formatThaiDate(from_), formatMoney(book.opening)));
    closing_->setText(
        tr("ยอดคงเหลือ ณ วันที่ %1   %2 บาท").arg(formatThaiDate(to_), formatMoney(book.closing)));
    count_->setText(tr("%1 รายการ").arg(proxy_->rowCount()));
    selectEntry(keepEntryNo);
    selectionChanged();
}

void CashBookTab::selectEntry(int entryNo) {
    const int row = model_->findEntry(entryNo);
    if (row < 0)
        return;
    const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
    if (!index.isValid())
        return;
    table_->selectRow(index.row());
    table_->scrollTo(index);
}

int CashBookTab::currentRow() const {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : proxy_->mapToSource(rows.front()).row();
}

void CashBookTab::selectionChanged() {
    reverse_->setEnabled(currentRow() >= 0);
}

void CashBookTab::recordOtherEntry() {
    if (organisationId_.isEmpty())
        return;
    OtherEntryDialog dialog(db_, organisationId_, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PostedEntry& entry = dialog.posted();
    search_->clear();
    if (entry.date < from_ || entry.date > to_)
        setRange(firstOfMonth(entry.date), lastOfMonth(entry.date));
    reload(entry.entryNo);
    notice_->setText(dialog.throughCash() ? tr("บันทึกรายการเลขที่ %1 แล้ว").arg(entry.entryNo)
                                          : tr("บันทึกรายการเลขที่ %1 แล้ว รายการนี้ผ่านบัญชีเงินฝากธนาคาร "
                                               "จึงไม่แสดงในสมุดเงินสด ดูยอดได้ที่งบทดลอง")
                                                .arg(entry.entryNo));
}

void CashBookTab::reverseSelected() {
    const int row = currentRow();
    if (row < 0)
        return;
    const CashBookRow& line = model_->at(row);
    OtherEntries entries(db_);
    const std::optional<PostedEntry> entry =
        entries.findEntry(organisationId_, line.date, line.entryNo);
    if (!entry)
        return;
    // Say at once when this entry cannot be reversed here, before asking why.
    for (const FieldProblem& problem :
         entries.checkReversal(entry->id, QDate::currentDate(), QStringLiteral("-")))
        if (problem.field == QLatin1String("entry")) {
            QMessageBox::information(this, tr("กลับรายการไม่ได้"), problem.message);
            return;
        }
    const QString amount = line.receipt.isZero()
                               ? tr("จ่ายเงินสด %1 บาท").arg(formatMoney(line.payment))
                               : tr("รับเงินสด %1 บาท").arg(formatMoney(line.receipt));
    CashBookReversalDialog dialog(db_, *entry, amount, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PostedEntry& mirror = dialog.posted();
    search_->clear();
    if (mirror.date > to_)
        setRange(from_, lastOfMonth(mirror.date));
    reload(mirror.entryNo);
    notice_->setText(
        tr("กลับรายการเลขที่ %1 แล้ว ด้วยรายการเลขที่ %2").arg(entry->entryNo).arg(mirror.entryNo));
}

}  // namespace thanrak::ui
