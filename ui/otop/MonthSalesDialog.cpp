#include "otop/MonthSalesDialog.h"

#include "money/MoneyFormat.h"
#include "otop/OtopRules.h"
#include "otop/SalesRepository.h"
#include "thai/ThaiDate.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thanrak::ui {

MonthSalesDialog::MonthSalesDialog(Database& database, const OtopProduct& product,
                                   const QDate& month, QWidget* parent)
    : RecordDialog(tr("บันทึกยอดขายประจำเดือน"), parent),
      db_(database),
      product_(product),
      channels_(SalesRepository(database).channels()),
      monthBox_(new QComboBox(this)),
      year_(new QLineEdit(this)) {
    monthBox_->setObjectName(QStringLiteral("salesMonth"));
    year_->setObjectName(QStringLiteral("salesYear"));
    auto* heading = new QLabel(tr("ผลิตภัณฑ์: %1 (ราคา %2 บาทต่อ%3)")
                                   .arg(product.name, formatMoney(product.price), product.unit),
                               this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    for (int m = 1; m <= 12; ++m) monthBox_->addItem(thaiMonthName(m), m);
    monthBox_->setCurrentIndex(month.month() - 1);
    year_->setText(QString::number(buddhistYear(month.year())));
    year_->setFixedWidth(fontMetrics().averageCharWidth() * 8);
    auto* when = new QWidget(this);
    auto* whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(monthBox_, 1);
    whenLayout->addWidget(new QLabel(tr("พ.ศ."), when));
    whenLayout->addWidget(year_);
    form()->addRow(tr("เดือน"), when, QStringLiteral("month"));
    auto* titles = new QWidget(this);
    auto* titlesLayout = new QHBoxLayout(titles);
    titlesLayout->setContentsMargins(0, 0, 0, 0);
    titlesLayout->addWidget(new QLabel(tr("จำนวน (%1)").arg(product.unit), titles), 2);
    titlesLayout->addWidget(new QLabel(tr("ยอดขาย (บาท)"), titles), 3);
    form()->addRow(tr("ช่องทาง"), titles);
    QList<QWidget*> chain = {monthBox_, year_};
    for (int i = 0; i < channels_.size(); ++i) {
        auto* row = new QWidget(this);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* quantity = new QLineEdit(row);
        auto* amount = new QLineEdit(row);
        quantity->setObjectName(QStringLiteral("quantity_%1").arg(channels_[i].key.isEmpty()
                                                                       ? QString::number(i)
                                                                       : channels_[i].key));
        amount->setObjectName(QStringLiteral("amount_%1").arg(channels_[i].key.isEmpty()
                                                                   ? QString::number(i)
                                                                   : channels_[i].key));
        quantity->setAlignment(Qt::AlignRight);
        amount->setAlignment(Qt::AlignRight);
        quantity->setMinimumWidth(fontMetrics().averageCharWidth() * 10);
        amount->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
        layout->addWidget(quantity, 2);
        layout->addWidget(amount, 3);
        const QString field = channels_[i].id + QStringLiteral(".amount");
        form()->addRow(channels_[i].name, row, field);
        form()->alsoShow(channels_[i].id + QStringLiteral(".quantity"), field);
        watch(quantity, field);
        watch(amount, field);
        quantities_.append(quantity);
        amounts_.append(amount);
        chain << quantity << amount;
    }
    watch(year_, QStringLiteral("month"));
    connect(monthBox_, &QComboBox::currentIndexChanged, this, &MonthSalesDialog::loadMonth);
    connect(year_, &QLineEdit::editingFinished, this, &MonthSalesDialog::loadMonth);
    loadMonth();
    setTabChain(chain);
    fitToScreen(fontMetrics().averageCharWidth() * 80);
}

QDate MonthSalesDialog::month() const {
    bool ok = false;
    const int year = year_->text().trimmed().toInt(&ok);
    if (!ok) return {};
    // Users type the B.E. year; one typed in C.E. is taken as B.E. and the
    // core then says it is the wrong era.
    return QDate(year - 543, monthBox_->currentData().toInt(), 1);
}

void MonthSalesDialog::loadMonth() {
    const QDate m = month();
    for (int i = 0; i < channels_.size(); ++i) {
        quantities_[i]->clear();
        amounts_[i]->clear();
    }
    if (m.isValid())
        for (const MonthlySales& s : SalesRepository(db_).salesOf(product_.id, m.year()))
            if (s.month == m)
                for (int i = 0; i < channels_.size(); ++i)
                    if (channels_[i].id == s.channelId) {
                        quantities_[i]->setText(QString::number(s.quantity));
                        amounts_[i]->setText(formatMoney(s.amount));
                    }
    revalidate();
}

QList<MonthlySales> MonthSalesDialog::collect(FieldProblems& problems) const {
    QList<MonthlySales> lines;
    const QDate m = month();
    if (!m.isValid()) {
        problems.append({QStringLiteral("month"), tr("กรุณาใส่ปี พ.ศ. เป็นตัวเลข เช่น %1")
                                                      .arg(buddhistYear(QDate::currentDate().year()))});
        return lines;
    }
    for (int i = 0; i < channels_.size(); ++i) {
        const QString field = channels_[i].id + QStringLiteral(".amount");
        MonthlySales s{{}, product_.id, m, channels_[i].id, 0, {}};
        if (!quantities_[i]->text().trimmed().isEmpty())
            s.quantity = readInteger(quantities_[i], field, problems).value_or(0);
        if (!amounts_[i]->text().trimmed().isEmpty())
            s.amount = readMoney(amounts_[i], field, problems).value_or(Money());
        for (const FieldProblem& p : validateSales(s, QDate::currentDate()))
            problems.append({channels_[i].id + QLatin1Char('.') + p.field, p.message});
        lines.append(s);
    }
    return lines;
}

FieldProblems MonthSalesDialog::problems() {
    FieldProblems found;
    collect(found);
    // A month problem belongs once to the month row, not to every channel.
    FieldProblems shown;
    for (FieldProblem p : found) {
        if (p.field.endsWith(QStringLiteral(".month"))) p.field = QStringLiteral("month");
        bool seen = false;
        for (const FieldProblem& q : shown) seen = seen || (q.field == p.field && q.message == p.message);
        if (!seen) shown.append(p);
    }
    return shown;
}

void MonthSalesDialog::saveRecord() {
    FieldProblems ignored;
    QList<MonthlySales> lines = collect(ignored);
    SalesRepository(db_).saveMonth(lines, QDate::currentDate());
}

}  // namespace thanrak::ui
