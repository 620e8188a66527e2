#include "thai/ThaiDate.h"

#include "thai/ThaiDigits.h"

#include <array>

namespace thanrak {

namespace {

struct MonthNames {
    const char16_t* full;
    const char16_t* abbreviated;
};

// Spelled exactly as DOMAIN.md §6: printed reports are checked against golden files.
constexpr std::array<MonthNames, 12> kMonths{{
    {u"มกราคม", u"ม.ค."},
    {u"กุมภาพันธ์", u"ก.พ."},
    {u"มีนาคม", u"มี.ค."},
    {u"เมษายน", u"เม.ย."},
    {u"พฤษภาคม", u"พ.ค."},
    {u"มิถุนายน", u"มิ.ย."},
    {u"กรกฎาคม", u"ก.ค."},
    {u"สิงหาคม", u"ส.ค."},
    {u"กันยายน", u"ก.ย."},
    {u"ตุลาคม", u"ต.ค."},
    {u"พฤศจิกายน", u"พ.ย."},
    {u"ธันวาคม", u"ธ.ค."},
}};

constexpr int kBuddhistEraOffset = 543;

QString twoDigits(int value) {
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString composeDate(const QDate& date, ThaiDateStyle style) {
    const int year = buddhistYear(date.year());
    const QString day = QString::number(date.day());
    switch (style) {
        case ThaiDateStyle::Long:
            return day + u' ' + thaiMonthName(date.month()) + u' ' + QString::number(year);
        case ThaiDateStyle::Short:
            return day + u' ' + thaiMonthName(date.month(), true) + u' ' + twoDigits(year % 100);
        case ThaiDateStyle::Numeric:
            return twoDigits(date.day()) + u'/' + twoDigits(date.month()) + u'/' +
                   QString::number(year);
    }
    return {};
}

}  // namespace

int buddhistYear(int commonEraYear) {
    return commonEraYear + kBuddhistEraOffset;
}

QString thaiMonthName(int month, bool abbreviated) {
    if (month < 1 || month > 12)
        return {};
    const MonthNames& names = kMonths[static_cast<std::size_t>(month - 1)];
    return QString::fromUtf16(abbreviated ? names.abbreviated : names.full);
}

QString formatThaiDate(const QDate& date, ThaiDateStyle style, bool thaiDigits) {
    // QDate has no year 0, so B.E. = C.E. + 543 only holds from C.E. 1 on; no
    // record of a savings group predates that.
    if (!date.isValid() || date.year() < 1)
        return {};
    const QString text = composeDate(date, style);
    return thaiDigits ? toThaiDigits(text) : text;
}

QString formatThaiMonthYear(int commonEraYear, int month, bool thaiDigits) {
    if (month < 1 || month > 12 || commonEraYear < 1)
        return {};
    const QString text = thaiMonthName(month) + u' ' + QString::number(buddhistYear(commonEraYear));
    return thaiDigits ? toThaiDigits(text) : text;
}

}  // namespace thanrak
