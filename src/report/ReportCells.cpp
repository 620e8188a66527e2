#include "report/ReportCells.h"

#include "money/MoneyFormat.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>
#include <QLocale>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString plainMoney(Money amount) {
    return formatMoney(amount, FormatOptions{false});
}
}  // namespace

Cell textCell(const QString& text, bool bold) {
    return Cell{text, {}, CellAlign::Left, bold, 1};
}

Cell centerCell(const QString& text, bool bold) {
    return Cell{text, {}, CellAlign::Center, bold, 1};
}

Cell numberCell(qint64 number, bool bold) {
    return Cell{QLocale(QLocale::English).toString(number), QString::number(number),
                CellAlign::Right, bold, 1};
}

Cell moneyCell(Money amount, bool bold) {
    return Cell{formatMoney(amount), plainMoney(amount), CellAlign::Right, bold, 1};
}

Cell moneyOrBlankCell(Money amount, bool bold) {
    if (amount.isZero())
        return Cell{QString(), QStringLiteral("0.00"), CellAlign::Right, bold, 1};
    return moneyCell(amount, bold);
}

Cell dateCell(const QDate& date, bool shortStyle) {
    return Cell{formatThaiDate(date, shortStyle ? ThaiDateStyle::Short : ThaiDateStyle::Long),
                date.toString(Qt::ISODate), CellAlign::Left, false, 1};
}

Cell labelCell(const QString& text, int span, bool bold) {
    return Cell{text, {}, CellAlign::Left, bold, span};
}

Column textColumn(const QString& title, double weight) {
    return Column{title, weight, CellAlign::Left};
}
Column amountColumn(const QString& title, double weight) {
    return Column{title, weight, CellAlign::Right};
}
Column centerColumn(const QString& title, double weight) {
    return Column{title, weight, CellAlign::Center};
}

QString monthPeriodText(const QDate& anyDayOfMonth) {
    return Text::tr("ประจำเดือน%1")
        .arg(formatThaiMonthYear(anyDayOfMonth.year(), anyDayOfMonth.month()));
}

QString rangePeriodText(const QDate& from, const QDate& to) {
    return Text::tr("ตั้งแต่วันที่ %1 ถึงวันที่ %2").arg(formatThaiDate(from), formatThaiDate(to));
}

QString asOfPeriodText(const QDate& day) {
    return Text::tr("ณ วันที่ %1").arg(formatThaiDate(day));
}

QString yearPeriodText(int commonEraYear) {
    return Text::tr("ประจำปี %1").arg(buddhistYear(commonEraYear));
}

}  // namespace thanrak
