#include "otop/ProductsTab.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"
#include "otop/ProducerRepository.h"
#include "otop/ProductCertificatesTab.h"
#include "otop/ProductDetailsTab.h"
#include "otop/ProductDialog.h"
#include "otop/ProductRatingsTab.h"
#include "otop/ProductSalesTab.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

ProductsTab::ProductsTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      category_(new QComboBox(this)),
      search_(new QLineEdit(this)),
      // Few columns, so names show whole beside the product's panel; the
      // panel has the rest.
      table_(new ListTable({tr("ผลิตภัณฑ์"), tr("ตำบล"), tr("ดาว")}, {0}, this)),
      panel_(new QTabWidget(this)),
      add_(new QPushButton(tr("เพิ่มผลิตภัณฑ์…"), this)),
      remove_(new QPushButton(tr("ลบผลิตภัณฑ์"), this)),
      print_(new QPushButton(tr("พิมพ์ข้อมูลผลิตภัณฑ์…"), this)) {
    table_->setObjectName(QStringLiteral("productsTable"));
    panel_->setObjectName(QStringLiteral("productPanel"));
    add_->setObjectName(QStringLiteral("addProduct"));
    print_->setObjectName(QStringLiteral("printProduct"));
    category_->addItem(tr("ทุกประเภท"), -1);
    for (OtopCategory c : allOtopCategories()) category_->addItem(otopCategoryLabel(c), static_cast<int>(c));
    category_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    category_->setMinimumContentsLength(12);
    search_->setPlaceholderText(tr("ค้นหาชื่อผลิตภัณฑ์หรือตราสินค้า"));
    search_->setClearButtonEnabled(true);
    tabs_ = {new ProductDetailsTab(database, this), new ProductCertificatesTab(database, this),
             new ProductRatingsTab(database, this), new ProductSalesTab(database, this)};
    const QStringList titles = {tr("ข้อมูลผลิตภัณฑ์"), tr("มาตรฐาน"), tr("ผลการคัดสรร"), tr("ยอดขาย")};
    for (int i = 0; i < tabs_.size(); ++i) {
        panel_->addTab(tabs_[i], titles[i]);
        connect(tabs_[i], &ProductTab::changed, this, [this] {
            fill();
            emit changed();
        });
    }

    auto* left = new QWidget(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(category_);
    filters->addWidget(search_, 1);
    auto* buttons = new QGridLayout;
    buttons->addWidget(add_, 0, 0);
    buttons->addWidget(remove_, 0, 1);
    buttons->addWidget(print_, 1, 0);
    buttons->setColumnStretch(2, 1);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(table_, 1);
    leftLayout->addLayout(buttons);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(panel_);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(category_, &QComboBox::currentIndexChanged, this, &ProductsTab::fill);
    connect(search_, &QLineEdit::textChanged, this, &ProductsTab::fill);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsTab::showCurrent);
    connect(add_, &QPushButton::clicked, this, &ProductsTab::addProduct);
    connect(remove_, &QPushButton::clicked, this, &ProductsTab::removeProduct);
    connect(print_, &QPushButton::clicked, this, [this] {
        if (!currentProductId().isEmpty()) emit printRequested(currentProductId());
    });
}

void ProductsTab::reload(const QString& subdistrictCode, int year) {
    subdistrictCode_ = subdistrictCode;
    year_ = year;
    fill();
}

void ProductsTab::fill() {
    const QString before = currentProductId();
    ProductFilter filter;
    filter.subdistrictCode = subdistrictCode_;
    filter.text = search_->text();
    if (category_->currentData().toInt() >= 0)
        filter.category = static_cast<OtopCategory>(category_->currentData().toInt());
    table_->clearRows();
    for (const ProductRow& row : ProductRepository(db_).list(filter)) {
        ListCell name = ListCell::of(row.product.name);
        name.data = row.product.id;
        name.sortKey = row.product.name;
        ListCell stars = ListCell::of(row.stars > 0 ? starText(row.stars) : tr("–"));
        stars.sortKey = row.stars;
        table_->addRow({name, ListCell::of(row.subdistrictName), stars});
    }
    select(before);
    showCurrent();
}

void ProductsTab::select(const QString& productId) {
    if (table_->selectData(productId)) return;
    if (productId.isEmpty() && table_->model()->rowCount() > 0)
        table_->setCurrentIndex(table_->model()->index(0, 0));
}

QString ProductsTab::currentProductId() const {
    return table_->currentData().toString();
}

void ProductsTab::showCurrent() {
    const QString id = currentProductId();
    const std::optional<ProductRow> row = id.isEmpty() ? std::nullopt : ProductRepository(db_).find(id);
    remove_->setEnabled(row.has_value());
    print_->setEnabled(row.has_value());
    for (ProductTab* tab : tabs_) tab->showProduct(row, year_);
}

void ProductsTab::addProduct() {
    if (ProducerRepository(db_).list().isEmpty()) {
        QMessageBox::information(this, tr("เพิ่มผลิตภัณฑ์"),
                                 tr("ยังไม่มีผู้ผลิตในแฟ้มนี้ กรุณาลงทะเบียนผู้ผลิตที่แท็บ ผู้ผลิต ก่อน"));
        return;
    }
    ProductDialog dialog(db_, OtopProduct{}, this);
    if (dialog.exec() != QDialog::Accepted) return;
    fill();
    select(dialog.product().id);
    emit changed();
}

void ProductsTab::removeProduct() {
    const QString id = currentProductId();
    if (id.isEmpty()) return;
    if (QMessageBox::question(this, tr("ลบผลิตภัณฑ์"),
                              tr("ลบผลิตภัณฑ์ที่เลือก พร้อมรูปและใบรับรองของผลิตภัณฑ์นี้หรือไม่")) !=
        QMessageBox::Yes)
        return;
    try {
        ProductRepository(db_).remove(id);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("ลบไม่ได้"), e.message());
        return;
    }
    fill();
    emit changed();
}

}  // namespace thanrak::ui
