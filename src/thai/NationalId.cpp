#include "thai/NationalId.h"

#include "base/Error.h"
#include "thai/ThaiDigits.h"

#include <QCoreApplication>

#include <algorithm>

namespace thanrak {

namespace {

constexpr qsizetype kLength = 13;

bool isSeparator(QChar c) {
    return c == u'-' || c.isSpace();
}

// Separators dropped and Thai digits made ASCII; anything else is kept so the
// caller can tell "not digits" from "wrong length".
QString stripSeparators(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (isSeparator(c))
            continue;
        const int digit = digitValue(c);
        out += digit >= 0 ? QChar(u'0' + digit) : c;
    }
    return out;
}

bool allAsciiDigits(const QString& s) {
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

int checkDigitOf(const QString& first12) {
    int sum = 0;
    for (int i = 0; i < 12; ++i) sum += (first12[i].unicode() - u'0') * (13 - i);
    return (11 - sum % 11) % 10;
}

NationalIdCheck problem(NationalIdReason reason, QString message) {
    return {reason, std::move(message), {}};
}

QString firstNonDigit(const QString& s) {
    const auto it = std::find_if(s.begin(), s.end(), [](QChar c) { return c < u'0' || c > u'9'; });
    return it == s.end() ? QString() : QString(*it);
}

}  // namespace

QString normalizeNationalId(QStringView text) {
    const QString digits = stripSeparators(text);
    return digits.size() == kLength && allAsciiDigits(digits) ? digits : QString();
}

NationalIdCheck validateNationalId(QStringView text) {
    const QString digits = stripSeparators(text);
    if (digits.isEmpty())
        return problem(NationalIdReason::Empty,
                       QCoreApplication::translate("NationalId", "ยังไม่ได้ใส่เลขประจำตัวประชาชน"));
    if (!allAsciiDigits(digits))
        return problem(NationalIdReason::NotDigits,
                       QCoreApplication::translate("NationalId",
                                                   "เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น (พบ \"%1\")")
                           .arg(firstNonDigit(digits)));
    if (digits.size() != kLength)
        return problem(
            NationalIdReason::WrongLength,
            QCoreApplication::translate("NationalId", "เลขประจำตัวประชาชนต้องมี 13 หลัก (พิมพ์มา %1 หลัก)")
                .arg(digits.size()));
    // The message does not tell the expected digit: a user would "fix" the last digit
    // and keep the real typo somewhere in the first twelve.
    if (checkDigitOf(digits) != digits[12].unicode() - u'0')
        return problem(
            NationalIdReason::BadCheckDigit,
            QCoreApplication::translate("NationalId",
                                        "เลขตรวจสอบหลักสุดท้ายไม่ถูกต้อง "
                                        "อาจพิมพ์ตัวเลขผิดหรือสลับหลัก กรุณาตรวจกับบัตรประชาชนอีกครั้ง"));
    return {NationalIdReason::Ok, {}, digits};
}

int nationalIdCheckDigit(QStringView first12) {
    const QString digits = stripSeparators(first12);
    if (digits.size() != 12 || !allAsciiDigits(digits))
        throw Error(QStringLiteral("nationalid.format"),
                    QCoreApplication::translate(
                        "NationalId", "ต้องใช้ตัวเลข 12 หลักแรกของเลขประจำตัวประชาชน (ได้ \"%1\")")
                        .arg(first12.toString()));
    return checkDigitOf(digits);
}

QString formatNationalId(QStringView text) {
    const QString d = normalizeNationalId(text);
    if (d.isEmpty())
        return text.trimmed().toString();
    return d.left(1) + u'-' + d.mid(1, 4) + u'-' + d.mid(5, 5) + u'-' + d.mid(10, 2) + u'-' +
           d.right(1);
}

QString maskNationalId(QStringView text) {
    const QString d = normalizeNationalId(text);
    if (d.isEmpty()) {
        QString hidden = text.trimmed().toString();
        for (QChar& c : hidden) {
            if (digitValue(c) >= 0)
                c = u'x';
        }
        return hidden;
    }
    return d.left(1) + u'-' + d.mid(1, 4) + QStringLiteral("-xxxxx-xx-") + d.right(1);
}

}  // namespace thanrak
