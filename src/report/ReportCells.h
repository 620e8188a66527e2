#pragma once

#include "money/Money.h"
#include "report/ReportDocument.h"

#include <QDate>

namespace thanrak {

// Cells as every report writes them: amounts right-aligned with separators on
// paper and plain decimals in the CSV; dates in B.E. on paper and ISO in the CSV.
Cell textCell(const QString& text, bool bold = false);
Cell centerCell(const QString& text, bool bold = false);
Cell numberCell(qint64 number, bool bold = false);
Cell moneyCell(Money amount, bool bold = false);
// A blank for zero, so a grid of months reads at a glance.
Cell moneyOrBlankCell(Money amount, bool bold = false);
Cell dateCell(const QDate& date, bool shortStyle = false);
// A label over `span` columns, for total rows.
Cell labelCell(const QString& text, int span, bool bold = true);

Column textColumn(const QString& title, double weight = 1);
Column amountColumn(const QString& title, double weight = 1);
Column centerColumn(const QString& title, double weight = 1);

// "ประจำเดือนมีนาคม 2569", "ตั้งแต่ 1 มกราคม 2569 ถึง 31 มีนาคม 2569",
// "ณ วันที่ 31 ธันวาคม 2569", "ประจำปี 2569".
QString monthPeriodText(const QDate& anyDayOfMonth);
QString rangePeriodText(const QDate& from, const QDate& to);
QString asOfPeriodText(const QDate& day);
QString yearPeriodText(int commonEraYear);

}  // namespace thanrak
