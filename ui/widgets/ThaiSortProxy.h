#pragma once

#include <QSortFilterProxyModel>

namespace thanrak::ui {

// Sorts by SortRole: text in Thai dictionary order (leading vowels are not the
// first letter), dates and numbers by value. With no sort column the rows keep
// the order the core returned, which for people is already Thai order.
class ThaiSortProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ThaiSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

}  // namespace thanrak::ui
