#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Conversions between SQL values and domain fields, shared by repositories.
namespace thanrak::rows {

QString text(const QSqlQuery& query, int column);
QDate date(const QSqlQuery& query, int column);
// ISO text for a date column, NULL for a null date.
QVariant dateValue(const QDate& date);

}  // namespace thanrak::rows
