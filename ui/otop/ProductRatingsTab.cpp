#include "otop/ProductRatingsTab.h"

#include "otop/ChampionRepository.h"
#include "otop/RatingDialog.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

ProductRatingsTab::ProductRatingsTab(Database& database, QWidget* parent)
    : ProductTab(database, parent),
      table_(new ListTable({tr("ปี"), tr("ส่วนที่ 1"), tr("ส่วนที่ 2"), tr("ส่วนที่ 3"), tr("รวม"),
                            tr("ระดับดาว"), tr("ตรา OTOP")},
                           {5}, this)),
      rate_(new QPushButton(tr("บันทึกผลการคัดสรร…"), this)),
      remove_(new QPushButton(tr("ลบผลของปีที่เลือก"), this)) {
    table_->setObjectName(QStringLiteral("ratingsTable"));
    rate_->setObjectName(QStringLiteral("rateProduct"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(rate_);
    buttons->addWidget(remove_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    connect(rate_, &QPushButton::clicked, this, &ProductRatingsTab::rate);
    connect(remove_, &QPushButton::clicked, this, &ProductRatingsTab::remove);
    showProduct(std::nullopt, 0);
}

void ProductRatingsTab::showProduct(const std::optional<ProductRow>& product, int year) {
    product_ = product;
    if (year > 0) year_ = year;
    table_->clearRows();
    rate_->setEnabled(product.has_value());
    remove_->setEnabled(product.has_value());
    if (!product) return;
    for (const RatingRow& row : ChampionRepository(db_).history(product->product.id)) {
        ListCell roundYear = ListCell::number(buddhistYear(row.round.year));
        roundYear.data = row.rating.id;
        QList<ListCell> cells = {roundYear};
        for (int i = 0; i < 3; ++i)
            cells << ListCell::of(QStringLiteral("%1/%2").arg(row.rating.parts[i]).arg(row.round.partMax[i]));
        cells << ListCell::number(row.rating.total());
        ListCell stars = ListCell::of(QStringLiteral("%1  %2").arg(starText(row.rating.stars)).arg(row.rating.stars));
        stars.sortKey = row.rating.stars;
        cells << stars
              << ListCell::of(row.rating.markTier ? markTierLabel(*row.rating.markTier) : QStringLiteral("–"));
        table_->addRow(cells);
    }
}

void ProductRatingsTab::rate() {
    if (!product_) return;
    RatingDialog dialog(db_, product_->product.id, product_->product.name,
                        year_ > 0 ? year_ : QDate::currentDate().year(), this);
    if (dialog.exec() == QDialog::Accepted) {
        showProduct(product_, 0);
        emit changed();
    }
}

void ProductRatingsTab::remove() {
    const QString id = table_->currentData().toString();
    if (id.isEmpty()) return;
    if (QMessageBox::question(this, tr("ลบผลการคัดสรร"), tr("ลบผลการคัดสรรของปีที่เลือกหรือไม่")) !=
        QMessageBox::Yes)
        return;
    ChampionRepository(db_).removeRating(id);
    showProduct(product_, 0);
    emit changed();
}

}  // namespace thanrak::ui
