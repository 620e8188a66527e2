#include "domain/RowMapping.h"

namespace thanrak::rows {

QString text(const QSqlQuery& query, int column) {
    return query.value(column).toString();
}

QDate date(const QSqlQuery& query, int column) {
    const QVariant value = query.value(column);
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateValue(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

}  // namespace thanrak::rows
