#pragma once

#include "base/Error.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace thanrak {

// The calendar a column or form field writes its years in. The caller decides it once
// (per import column, per form), never per row: "5/6/2510" is a valid date in both
// eras, so guessing row by row would silently shift some dates by 543 years.
enum class Era { BuddhistEra, CommonEra };

// A date that cannot be read. Codes: "date.empty", "date.format" (shape, two-digit
// year, unknown month name), "date.era" (year in the other era), "date.invalid"
// (no such day). The message is a Thai sentence that quotes the input.
class ThaiDateError : public Error {
public:
    using Error::Error;
};

// Outcome of reading a date without throwing, for validating a field as it is typed.
struct DateParseResult {
    QDate date;       // valid exactly when ok()
    QString code;     // empty when ok(); otherwise one of the ThaiDateError codes
    QString message;  // Thai sentence for the user; empty when ok()

    bool ok() const { return code.isEmpty(); }
};

// Strict ISO 8601 calendar date "yyyy-mm-dd" in C.E., ASCII digits, nothing around it.
// A year >= 2400 is refused as a B.E. year written in an ISO column.
DateParseResult tryParseIsoDate(QStringView text);
QDate parseIsoDate(QStringView text);  // throws ThaiDateError

// A date as Thai users type it; surrounding spaces and Thai digits are accepted:
//   "22/11/2569", "22-11-2569", "22.11.2569", "5/6/2567" (day/month/year),
//   "2569-11-22" (year first, two-digit month and day),
//   "22 พ.ย. 2569", "22 พฤศจิกายน 2569", "22 พฤศจิกายน พ.ศ. 2569".
// The year must have four digits and is read in `era`, whatever the shape: with
// BuddhistEra a year below 2400 is refused, with CommonEra a year from 2400 up.
DateParseResult tryParseThaiDate(QStringView text, Era era);
QDate parseThaiDate(QStringView text, Era era);  // throws ThaiDateError

}  // namespace thanrak
