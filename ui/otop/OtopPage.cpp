#include "otop/OtopPage.h"

#include "base/Error.h"
#include "otop/ExpiryTab.h"
#include "otop/OtopOverviewTab.h"
#include "otop/ProducersTab.h"
#include "otop/ProductsTab.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportPreview.h"
#include "thai/ThaiDate.h"
#include "widgets/PlaceFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

OtopPage::OtopPage(Database& database, QWidget* parent)
    : ModulePage(parent),
      db_(database),
      places_(new PlaceFilterBar(database, PlaceFilterBar::Mode::Filter, this)),
      year_(new QComboBox(this)),
      tabs_(new QTabWidget(this)),
      products_(new ProductsTab(database, this)),
      producers_(new ProducersTab(database, this)),
      overview_(new OtopOverviewTab(database, this)),
      expiry_(new ExpiryTab(database, this)) {
    setObjectName(QStringLiteral("otopPage"));
    year_->setObjectName(QStringLiteral("otopYear"));
    tabs_->setObjectName(QStringLiteral("otopTabs"));
    const int thisYear = QDate::currentDate().year();
    for (int y = thisYear; y >= thisYear - 9; --y) year_->addItem(QString::number(buddhistYear(y)), y);
    auto* top = new QHBoxLayout;
    top->addWidget(places_, 1);
    auto* label = new QLabel(tr("ปี พ.ศ.:"), this);
    label->setBuddy(year_);
    top->addWidget(label);
    top->addWidget(year_);
    tabs_->addTab(products_, tr("ผลิตภัณฑ์"));
    tabs_->addTab(producers_, tr("ผู้ผลิต"));
    tabs_->addTab(overview_, tr("ภาพรวมอำเภอ"));
    tabs_->addTab(expiry_, tr("ใบรับรองใกล้หมดอายุ"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs_, 1);
    connect(places_, &PlaceFilterBar::changed, this, &OtopPage::reloadAll);
    connect(year_, &QComboBox::currentIndexChanged, this, &OtopPage::reloadAll);
    connect(products_, &ProductsTab::changed, this, [this] {
        producers_->reload(places_->subdistrictCode());
        overview_->reload(places_->subdistrictCode(), year());
        expiry_->reload(places_->subdistrictCode());
    });
    connect(producers_, &ProducersTab::changed, this, &OtopPage::reloadAll);
    connect(expiry_, &ExpiryTab::productChosen, this, &OtopPage::showProduct);
    connect(products_, &ProductsTab::printRequested, this, &OtopPage::printProductSheet);
}

QString OtopPage::title() const {
    return tr("ผลิตภัณฑ์ OTOP");
}

void OtopPage::refresh() {
    reloadAll();
}

int OtopPage::year() const {
    return year_->currentData().toInt();
}

void OtopPage::reloadAll() {
    const QString tambon = places_->subdistrictCode();
    products_->reload(tambon, year());
    producers_->reload(tambon);
    overview_->reload(tambon, year());
    expiry_->reload(tambon);
}

void OtopPage::printProductSheet(const QString& productId) {
    const std::optional<ReportInfo> info = findReport(QStringLiteral("product-sheet"));
    if (!info) return;
    ReportRequest request;
    request.productId = productId;
    request.today = QDate::currentDate();
    request.to = QDate(year(), 12, 31) < request.today ? QDate(year(), 12, 31) : request.today;
    try {
        previewReport(buildReport(db_, *info, request), RenderOptions{}, this);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("พิมพ์ไม่สำเร็จ"), error.message());
    }
}

void OtopPage::showExpiring() {
    tabs_->setCurrentWidget(expiry_);
}

void OtopPage::showProduct(const QString& productId) {
    tabs_->setCurrentWidget(products_);
    products_->select(productId);
}

}  // namespace thanrak::ui
