#pragma once

#include <QDate>
#include <QString>

namespace thanrak {

// Display of Gregorian dates the way Thai readers expect: Buddhist Era years
// (พ.ศ. = ค.ศ. + 543) and Thai month names. Qt has no Buddhist calendar, so the
// core keeps QDate/ISO and converts only here, at render time.
enum class ThaiDateStyle {
    Long,     // "22 พฤศจิกายน 2569"
    Short,    // "22 พ.ย. 69"  (last two digits of the B.E. year)
    Numeric,  // "22/11/2569"  (day and month padded to two digits)
};

// B.E. year of a C.E. year (2024 -> 2567). Only years from C.E. 1 on are supported.
int buddhistYear(int commonEraYear);

// "มิถุนายน" or "มิ.ย." for month 1–12; empty for any other number.
QString thaiMonthName(int month, bool abbreviated = false);

// The date in B.E.; empty for an invalid date or one before C.E. 1.
// `thaiDigits` writes ๐–๙ instead of 0–9 (letters and certificates).
QString formatThaiDate(const QDate& date, ThaiDateStyle style = ThaiDateStyle::Long,
                       bool thaiDigits = false);

// "พฤศจิกายน 2569" for C.E. year 2026, month 11 — report and column headings.
// Empty when the month is not 1–12 or the year is before C.E. 1.
QString formatThaiMonthYear(int commonEraYear, int month, bool thaiDigits = false);

}  // namespace thanrak
