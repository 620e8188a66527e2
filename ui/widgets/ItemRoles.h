#pragma once

#include <Qt>

namespace thanrak::ui {

// Roles shared by the table models.
enum ItemRole {
    // What a column sorts by: a QString (compared in Thai order), a QDate or a number.
    SortRole = Qt::UserRole + 1,
};

}  // namespace thanrak::ui
