#include "thai/ThaiDateParse.h"

#include "thai/ThaiDate.h"
#include "thai/ThaiDigits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace thanrak {

namespace {

// Four-digit years from here on are B.E.: B.E. 2400 is C.E. 1857, older than any
// record a group keeps, and C.E. 2400 is far beyond any due date.
constexpr int kFirstBuddhistYear = 2400;
constexpr int kEraOffset = 543;

// The pieces of a date as written, before the year is checked.
struct DateFields {
    int day = 0;
    int month = 0;  // 0 when `monthName` is not a known month
    QString monthName;
    QString year;  // digits as typed, so a two-digit year can be named as such
};

DateParseResult failure(const char* code, QString message) {
    return {QDate(), QString::fromLatin1(code), std::move(message)};
}

// "พ.ย." and "พย" and "พ. ย." are all typed; compare names without dots and spaces.
QString compactMonth(QString name) {
    static const QRegularExpression dotsAndSpaces(QStringLiteral("[.\\s]"));
    name.remove(dotsAndSpaces);
    return name;
}

int monthFromName(const QString& written) {
    QString key = compactMonth(written);
    // "22 พฤศจิกายน พ.ศ. 2569": the era marker sits between the month and the year.
    const QString marker = QStringLiteral("พศ");
    if (key.size() > marker.size() && key.endsWith(marker))
        key.chop(marker.size());
    for (int month = 1; month <= 12; ++month) {
        if (key == compactMonth(thaiMonthName(month)) ||
            key == compactMonth(thaiMonthName(month, true)))
            return month;
    }
    return 0;
}

bool matchYearFirst(const QString& s, DateFields& f) {
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return false;
    f = {m.captured(3).toInt(), m.captured(2).toInt(), {}, m.captured(1)};
    return true;
}

bool matchDayFirst(const QString& s, DateFields& f) {
    // The same separator twice: "5/6-2567" is more likely a typo than a date.
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{1,2})([/.\\-])([0-9]{1,2})\\2([0-9]+)$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return false;
    f = {m.captured(1).toInt(), m.captured(3).toInt(), {}, m.captured(4)};
    return true;
}

bool matchMonthName(const QString& s, DateFields& f) {
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{1,2})\\s*([^0-9]*\\p{L}[^0-9]*?)\\s*([0-9]+)$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return false;
    const QString name = m.captured(2);
    f = {m.captured(1).toInt(), monthFromName(name), name, m.captured(3)};
    return true;
}

QString exampleYear(Era era) {
    return era == Era::BuddhistEra ? QStringLiteral("2567") : QStringLiteral("2024");
}

DateParseResult checkEra(const QString& input, int year, Era era) {
    if (era == Era::BuddhistEra && year < kFirstBuddhistYear)
        return failure(
            "date.era",
            QCoreApplication::translate("ThaiDate",
                                        "ปี %1 ในวันที่ \"%2\" ดูเหมือนเป็นปี ค.ศ. แต่ช่องนี้ใช้ปี พ.ศ. "
                                        "ถ้าหมายถึง ค.ศ. %1 ให้พิมพ์ พ.ศ. %3")
                .arg(QString::number(year), input, QString::number(year + kEraOffset)));
    if (era == Era::CommonEra && year >= kFirstBuddhistYear)
        return failure(
            "date.era",
            QCoreApplication::translate("ThaiDate",
                                        "ปี %1 ในวันที่ \"%2\" ดูเหมือนเป็นปี พ.ศ. แต่ช่องนี้ใช้ปี ค.ศ. "
                                        "ถ้าหมายถึง พ.ศ. %1 ให้พิมพ์ ค.ศ. %3")
                .arg(QString::number(year), input, QString::number(year - kEraOffset)));
    return {};
}

DateParseResult resolve(const QString& input, const DateFields& f, Era era) {
    if (f.year.size() == 2)
        return failure("date.format", QCoreApplication::translate(
                                          "ThaiDate", "วันที่ \"%1\" ใช้ปีสองหลัก กรุณาพิมพ์ปีสี่หลัก เช่น %2")
                                          .arg(input, exampleYear(era)));
    if (f.year.size() != 4)
        return failure("date.format",
                       QCoreApplication::translate("ThaiDate", "วันที่ \"%1\" ต้องมีปีสี่หลัก เช่น %2")
                           .arg(input, exampleYear(era)));
    const int year = f.year.toInt();
    if (DateParseResult wrongEra = checkEra(input, year, era); !wrongEra.ok())
        return wrongEra;
    const QDate date(era == Era::BuddhistEra ? year - kEraOffset : year, f.month, f.day);
    if (!date.isValid())
        return failure("date.invalid",
                       QCoreApplication::translate("ThaiDate", "ไม่มีวันที่ \"%1\" ในปฏิทิน").arg(input));
    return {date, {}, {}};
}

}  // namespace

DateParseResult tryParseThaiDate(QStringView text, Era era) {
    const QString input = text.trimmed().toString();
    if (input.isEmpty())
        return failure("date.empty", QCoreApplication::translate("ThaiDate", "ยังไม่ได้ใส่วันที่"));
    const QString ascii = toArabicDigits(input);
    DateFields f;
    if (!matchYearFirst(ascii, f) && !matchDayFirst(ascii, f) && !matchMonthName(ascii, f))
        return failure("date.format",
                       QCoreApplication::translate("ThaiDate",
                                                   "อ่านวันที่ \"%1\" ไม่ออก กรุณาพิมพ์แบบ วัน/เดือน/ปี "
                                                   "เช่น 5/6/%2 หรือ 5 มิ.ย. %2")
                           .arg(input, exampleYear(era)));
    if (f.month == 0 && !f.monthName.isEmpty())
        return failure("date.format",
                       QCoreApplication::translate("ThaiDate",
                                                   "ไม่รู้จักชื่อเดือน \"%1\" ในวันที่ \"%2\" "
                                                   "กรุณาใช้ชื่อเดือนเต็มหรือย่อ เช่น มิถุนายน หรือ มิ.ย.")
                           .arg(f.monthName.trimmed(), input));
    return resolve(input, f, era);
}

DateParseResult tryParseIsoDate(QStringView text) {
    const QString input = text.toString();
    DateFields f;
    if (!matchYearFirst(input, f))
        return failure("date.format",
                       QCoreApplication::translate("ThaiDate",
                                                   "วันที่ \"%1\" ต้องอยู่ในรูปแบบ ปปปป-ดด-วว แบบ ค.ศ. "
                                                   "เช่น 2024-06-05")
                           .arg(input));
    const int year = f.year.toInt();
    if (year >= kFirstBuddhistYear)
        return failure("date.era",
                       QCoreApplication::translate("ThaiDate",
                                                   "ปี %1 ในวันที่ \"%2\" ดูเหมือนเป็นปี พ.ศ. "
                                                   "แต่วันที่แบบ ISO (ปปปป-ดด-วว) ต้องใช้ปี ค.ศ. "
                                                   "ถ้าหมายถึง พ.ศ. %1 ให้พิมพ์ ค.ศ. %3")
                           .arg(QString::number(year), input, QString::number(year - kEraOffset)));
    return resolve(input, f, Era::CommonEra);
}

QDate parseThaiDate(QStringView text, Era era) {
    const DateParseResult result = tryParseThaiDate(text, era);
    if (!result.ok())
        throw ThaiDateError(result.code, result.message);
    return result.date;
}

QDate parseIsoDate(QStringView text) {
    const DateParseResult result = tryParseIsoDate(text);
    if (!result.ok())
        throw ThaiDateError(result.code, result.message);
    return result.date;
}

}  // namespace thanrak
