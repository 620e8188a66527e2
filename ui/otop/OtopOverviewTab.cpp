#include "otop/OtopOverviewTab.h"

#include "money/MoneyFormat.h"
#include "otop/OtopCharts.h"
#include "otop/OtopSummary.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"

#include <QChartView>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

OtopOverviewTab::OtopOverviewTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      categories_(productsByCategoryChart(DistrictOtopSummary{}, this)),
      sales_(salesByMonthChart(SalesGrid{}, this)),
      tambons_(new ListTable({tr("ตำบล"), tr("ผู้ผลิต"), tr("ผลิตภัณฑ์"), tr("คัดสรรแล้ว"),
                              tr("4–5 ดาว"), tr("ใบรับรองที่ใช้ได้"), tr("ยอดขายของปี")},
                             {0}, this)),
      totals_(new QLabel(this)) {
    tambons_->setObjectName(QStringLiteral("otopTambons"));
    totals_->setObjectName(QStringLiteral("otopTotals"));
    totals_->setWordWrap(true);
    // Each chart and the table take the tab's whole area in turn, so labels
    // and legends keep their words on a 1366 × 768 screen.
    auto* views = new QTabWidget(this);
    views->setObjectName(QStringLiteral("overviewViews"));
    views->setTabPosition(QTabWidget::South);
    views->addTab(categories_, tr("ผลิตภัณฑ์ตามประเภทและระดับดาว"));
    views->addTab(sales_, tr("ยอดขายตามช่องทาง"));
    views->addTab(tambons_, tr("สรุปรายตำบล"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(totals_);
    layout->addWidget(views, 1);
}

void OtopOverviewTab::reload(const QString& subdistrictCode, int year) {
    const DistrictOtopSummary summary = districtOtopSummary(db_, year, subdistrictCode);
    OtopScope scope;
    scope.subdistrictCode = subdistrictCode;
    const SalesGrid grid = salesGrid(db_, year, scope);
    showProductsByCategory(categories_, summary);
    showSalesByMonth(sales_, grid);
    tambons_->clearRows();
    for (const TambonSummary& t : summary.tambons)
        tambons_->addRow({ListCell::of(t.subdistrictName), ListCell::number(t.producers),
                          ListCell::number(t.products.total()), ListCell::number(t.products.rated()),
                          ListCell::number(t.products.byStars[4] + t.products.byStars[5]),
                          ListCell::number(t.certificates), ListCell::money(t.sales)});
    const PlanTotals plan = planTotals(planVersusActual(db_, year, 12, scope));
    totals_->setText(
        tr("ปี %1: ผู้ผลิต %2 ราย ผลิตภัณฑ์ %3 รายการ (คัดสรรแล้ว %4 ได้ 5 ดาว %5) ยอดขายรวม %6 บาท · "
           "ผลิตภัณฑ์ที่ตั้งเป้า %7 รายการ ถึงเป้า %8 รายการ เป้ารวม %9 บาท")
            .arg(buddhistYear(year))
            .arg(summary.producers)
            .arg(summary.products.total())
            .arg(summary.products.rated())
            .arg(summary.products.byStars[5])
            .arg(formatMoney(summary.sales))
            .arg(plan.withTarget)
            .arg(plan.reached)
            .arg(formatMoney(plan.target)));
}

}  // namespace thanrak::ui
