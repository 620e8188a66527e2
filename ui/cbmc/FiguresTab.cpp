#include "cbmc/FiguresTab.h"

#include "cbmc/PlanFigures.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace thanrak::ui {

FiguresTab::FiguresTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      year_(new QComboBox(this)),
      table_(new ListTable({tr("รายการ"), tr("ตามแผน (ต่อปี)"), tr("ผลจริงจากบัญชี"), tr("ยอดขาย OTOP")}, {0}, this)),
      products_(new ListTable({tr("ผลิตภัณฑ์ในแผน"), tr("จำนวน"), tr("ยอดขาย")}, {0}, this)),
      note_(new QLabel(this)) {
    year_->setObjectName(QStringLiteral("figuresYear"));
    table_->setObjectName(QStringLiteral("figuresTable"));
    const int thisYear = QDate::currentDate().year();
    for (int y = thisYear; y >= thisYear - 9; --y) year_->addItem(QString::number(buddhistYear(y)), y);
    note_->setWordWrap(true);
    auto* label = new QLabel(tr("ผลจริงของปี พ.ศ.:"), this);
    label->setBuddy(year_);
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(year_);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(note_);
    layout->addWidget(products_, 1);
    connect(year_, &QComboBox::currentIndexChanged, this, &FiguresTab::fill);
}

void FiguresTab::showVersion(const QString& planId, const QString& versionId) {
    planId_ = planId;
    versionId_ = versionId;
    fill();
}

void FiguresTab::fill() {
    table_->clearRows();
    products_->clearRows();
    note_->clear();
    if (planId_.isEmpty() || versionId_.isEmpty()) return;
    const CanvasFigures expected = expectedFigures(db_, versionId_);
    const PlanActuals actual = planActuals(db_, planId_, year_->currentData().toInt());
    const auto books = [&actual](Money m) { return actual.keepsBooks ? ListCell::money(m) : ListCell::of(tr("–")); };
    table_->addRow({ListCell::of(tr("รายได้ (ช่อง 5)")), ListCell::money(expected.revenue), books(actual.bookIncome),
                    ListCell::money(actual.productSales)});
    table_->addRow({ListCell::of(tr("ค่าใช้จ่าย (ช่อง 9)")), ListCell::money(expected.cost), books(actual.bookExpense),
                    ListCell::of(tr("–"))});
    table_->addRow({ListCell::of(tr("กำไร")), ListCell::money(expected.profit()), books(actual.bookProfit()),
                    ListCell::of(tr("–"))});
    if (!actual.keepsBooks)
        note_->setText(tr("องค์กรนี้ยังไม่ได้ทำบัญชีในแฟ้มนี้ จึงแสดงเฉพาะยอดขายผลิตภัณฑ์ OTOP ที่อยู่ในแผน"));
    for (const ProductActual& p : actual.products)
        products_->addRow({ListCell::of(p.productName), ListCell::number(p.quantity), ListCell::money(p.sales)});
}

}  // namespace thanrak::ui
