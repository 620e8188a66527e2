#pragma once

#include "otop/ProductTab.h"

class QPushButton;

namespace thanrak::ui {

class ListTable;

// The standards a product holds, with how each stands today: in force,
// running out within 90 days (red), or expired (red).
class ProductCertificatesTab : public ProductTab {
    Q_OBJECT

public:
    ProductCertificatesTab(Database& database, QWidget* parent = nullptr);
    void showProduct(const std::optional<ProductRow>& product, int year) override;

private:
    void add();
    void edit();
    void remove();

    std::optional<ProductRow> product_;
    ListTable* table_;
    QPushButton* add_;
    QPushButton* edit_;
    QPushButton* remove_;
};

// "หมดอายุแล้ว 21 วัน", "อีก 9 วัน", "ใช้ได้", "ไม่มีวันหมดอายุ"
QString certificateStateText(const ProductCertificate& certificate, const QDate& day);

}  // namespace thanrak::ui
