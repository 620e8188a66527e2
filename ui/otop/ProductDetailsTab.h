#pragma once

#include "otop/ProductTab.h"

class QLabel;
class QPushButton;

namespace thanrak::ui {

// The product as a card: its photo scaled to fit (with the next and previous
// photos), and what it is, who makes it and its story.
class ProductDetailsTab : public ProductTab {
    Q_OBJECT

public:
    ProductDetailsTab(Database& database, QWidget* parent = nullptr);
    void showProduct(const std::optional<ProductRow>& product, int year) override;

    // Adds the photo in `path` (the page's file dialog chose it); a Thai
    // message box says why when it is refused.
    bool addPhotoFromFile(const QString& path);

private:
    void showPhoto();
    void choosePhoto();
    void removePhoto();
    void edit();

    std::optional<ProductRow> product_;
    QList<ProductPhoto> photos_;
    int photoAt_ = 0;
    QLabel* photo_;
    QLabel* photoCaption_;
    QLabel* details_;
    QPushButton* previous_;
    QPushButton* next_;
    QPushButton* add_;
    QPushButton* remove_;
    QPushButton* edit_;
};

}  // namespace thanrak::ui
