#include "otop/ProductSalesTab.h"

#include "base/Error.h"
#include "domain/Validation.h"
#include "money/MoneyFormat.h"
#include "otop/MonthSalesDialog.h"
#include "otop/OtopCharts.h"
#include "otop/OtopSummary.h"
#include "otop/SalesRepository.h"
#include "otop/TargetDialog.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QTabWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

ProductSalesTab::ProductSalesTab(Database& database, QWidget* parent)
    : ProductTab(database, parent),
      table_(new ListTable({tr("เดือน")}, {0}, this)),
      plan_(new QLabel(this)),
      chart_(salesByMonthChart(SalesGrid{}, this)),
      month_(new QPushButton(tr("บันทึกยอดขาย…"), this)),
      target_(new QPushButton(tr("เป้าหมายปีนี้…"), this)),
      channel_(new QPushButton(tr("เพิ่มช่องทางขาย…"), this)) {
    table_->setObjectName(QStringLiteral("productSalesTable"));
    plan_->setObjectName(QStringLiteral("productPlan"));
    month_->setObjectName(QStringLiteral("enterSales"));
    target_->setObjectName(QStringLiteral("setTarget"));
    plan_->setWordWrap(true);
    // The month table and the chart take turns, so each has the panel's
    // whole height on a 768-pixel screen.
    auto* views = new QTabWidget(this);
    views->setObjectName(QStringLiteral("salesViews"));
    views->setTabPosition(QTabWidget::South);
    views->addTab(table_, tr("ตารางรายเดือน"));
    views->addTab(chart_, tr("กราฟ"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {month_, target_, channel_}) buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(plan_);
    layout->addWidget(views, 1);
    layout->addLayout(buttons);
    connect(month_, &QPushButton::clicked, this, &ProductSalesTab::enterMonth);
    connect(target_, &QPushButton::clicked, this, &ProductSalesTab::setTarget);
    connect(channel_, &QPushButton::clicked, this, &ProductSalesTab::addChannel);
    connect(table_, &QAbstractItemView::doubleClicked, this, &ProductSalesTab::enterMonth);
    showProduct(std::nullopt, QDate::currentDate().year());
}

void ProductSalesTab::showProduct(const std::optional<ProductRow>& product, int year) {
    product_ = product;
    if (year > 0) year_ = year;
    for (QPushButton* b : {month_, target_}) b->setEnabled(product.has_value());
    OtopScope scope;
    scope.productId = product ? product->product.id : QStringLiteral("-");
    const SalesGrid grid = salesGrid(db_, year_, scope);
    QList<int> sold;
    QStringList headers = {tr("เดือน")};
    for (int c = 0; c < grid.channels.size(); ++c)
        if (!grid.channelTotal(c).isZero()) {
            sold << c;
            headers << grid.channels[c].name;
        }
    headers << tr("รวม");
    table_->setHeaders(headers);
    for (int m = 0; m < 12; ++m) {
        ListCell month = ListCell::of(thaiMonthName(m + 1, true));
        month.sortKey = m;
        month.data = m + 1;
        QList<ListCell> cells = {month};
        for (int c : sold) cells << ListCell::money(grid.amounts[m][c]);
        cells << ListCell::money(grid.monthTotal(m));
        table_->addRow(cells);
    }
    ListCell total = ListCell::of(tr("รวมทั้งปี"));
    total.sortKey = 12;
    QList<ListCell> totals = {total};
    for (int c : sold) totals << ListCell::money(grid.channelTotal(c));
    totals << ListCell::money(grid.total());
    table_->addRow(totals);
    showSalesByMonth(chart_, grid);

    if (!product) {
        plan_->setText(tr("เลือกผลิตภัณฑ์จากรายการทางซ้าย"));
        return;
    }
    const std::optional<SalesTarget> target = SalesRepository(db_).target(product->product.id, year_);
    plan_->setText(target ? tr("เป้าหมายปี %1: %2 บาท · ขายแล้ว %3 บาท (%4 ของเป้าหมาย)")
                                .arg(buddhistYear(year_))
                                .arg(formatMoney(target->amount), formatMoney(grid.total()),
                                     achievedPercent(grid.total(), target->amount))
                          : tr("ปี %1 ขายแล้ว %2 บาท ยังไม่ได้ตั้งเป้าหมาย")
                                .arg(buddhistYear(year_))
                                .arg(formatMoney(grid.total())));
}

void ProductSalesTab::enterMonth() {
    if (!product_) return;
    const QDate today = QDate::currentDate();
    int month = year_ == today.year() ? today.month() : 12;
    const QVariant chosen = table_->currentData();
    if (chosen.isValid() && chosen.toInt() >= 1) month = chosen.toInt();
    MonthSalesDialog dialog(db_, product_->product, QDate(year_, month, 1), this);
    if (dialog.exec() == QDialog::Accepted) {
        showProduct(product_, 0);
        emit changed();
    }
}

void ProductSalesTab::setTarget() {
    if (!product_) return;
    TargetDialog dialog(db_, product_->product, year_, this);
    if (dialog.exec() == QDialog::Accepted) {
        showProduct(product_, 0);
        emit changed();
    }
}

void ProductSalesTab::addChannel() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("เพิ่มช่องทางการขาย"),
                                               tr("ชื่อช่องทาง เช่น ร้านของฝากหน้าวัด เพจ Facebook ของกลุ่ม"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty()) return;
    try {
        SalesRepository(db_).addChannel(name, false);
    } catch (const ValidationError& e) {
        QMessageBox::warning(this, tr("เพิ่มช่องทางไม่สำเร็จ"), e.problems().value(0).message);
    }
}

}  // namespace thanrak::ui
