#include "widgets/ThaiSortProxy.h"

#include "thai/ThaiCollation.h"
#include "widgets/ItemRoles.h"

namespace thanrak::ui {

ThaiSortProxy::ThaiSortProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
}

bool ThaiSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return compareThai(a.toString(), b.toString()) < 0;
    if (a.isNull() != b.isNull())
        return a.isNull();  // blanks (no date) first when ascending
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

}  // namespace thanrak::ui
