#include "money/DecimalText.h"

#include <QCoreApplication>

namespace thanrak {

namespace {

// The value of an ASCII or Thai digit, or -1.
int digitValue(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'\u0E50' && u <= u'\u0E59')
        return u - u'\u0E50';
    return -1;
}

QString misplacedCommaReason() {
    return QCoreApplication::translate("Money", "ใส่จุลภาคคั่นหลักพันผิดตำแหน่ง");
}

// Digits before the decimal point, with the comma grouping checked: either no
// commas at all, or a first group of 1–3 digits followed by groups of exactly 3.
// Returns the digits without commas, or an empty string with `reason` set.
QString integerPart(QStringView part, QString* reason) {
    const QList<QStringView> groups = part.split(u',');
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups[i].size();
        const bool fits = groups.size() == 1 || (i == 0 ? size >= 1 && size <= 3 : size == 3);
        if (!fits) {
            *reason = misplacedCommaReason();
            return {};
        }
    }
    QString digits;
    for (QStringView group : groups) digits += group;
    return digits;
}

// First character that is neither a digit nor one of ".," — reported by name
// because "มีอักขระ x" is more useful to a treasurer than "ไม่ใช่ตัวเลข".
QString unexpectedCharacterReason(QStringView body) {
    for (QChar c : body) {
        if (digitValue(c) >= 0 || c == u'.' || c == u',')
            continue;
        if (c == u'-' || c == u'+')
            return QCoreApplication::translate("Money",
                                               "เครื่องหมายบวกหรือลบต้องอยู่หน้าตัวเลขและมีได้ตัวเดียว");
        return QCoreApplication::translate("Money", "มีอักขระ \"%1\" ซึ่งไม่ใช่ตัวเลข").arg(c);
    }
    return {};
}

// The reason `body` (the text after the sign) is not a decimal, or empty.
QString splitBody(QStringView body, DecimalText* out) {
    if (QString reason = unexpectedCharacterReason(body); !reason.isEmpty())
        return reason;
    const QList<QStringView> halves = body.split(u'.');
    if (halves.size() > 2)
        return QCoreApplication::translate("Money", "มีจุดทศนิยมมากกว่าหนึ่งจุด");
    if (halves[0].isEmpty())
        return halves.size() == 2
                   ? QCoreApplication::translate("Money", "ต้องมีตัวเลขหน้าจุดทศนิยม เช่น 0.50")
                   : QCoreApplication::translate("Money", "ไม่มีตัวเลข");
    QString reason;
    out->integerDigits = integerPart(halves[0], &reason);
    if (!reason.isEmpty())
        return reason;
    if (halves.size() == 2) {
        if (halves[1].contains(u','))
            return misplacedCommaReason();
        if (halves[1].isEmpty())
            return QCoreApplication::translate("Money", "ต้องมีตัวเลขหลังจุดทศนิยม");
        out->fractionDigits = halves[1].toString();
    }
    return {};
}

QString toAsciiDigits(QString digits) {
    for (QChar& c : digits) c = QChar(u'0' + digitValue(c));
    return digits;
}

}  // namespace

DecimalText splitDecimal(QStringView text, NumberKind kind) {
    QStringView body = text.trimmed();
    if (body.isEmpty())
        throw MoneyError::badText(kind, text, QCoreApplication::translate("Money", "ไม่ได้ใส่ตัวเลข"));
    DecimalText result;
    if (body.front() == u'-' || body.front() == u'+') {
        result.negative = body.front() == u'-';
        body = body.sliced(1);
    }
    if (QString reason = splitBody(body, &result); !reason.isEmpty())
        throw MoneyError::badText(kind, text, reason);
    result.integerDigits = toAsciiDigits(result.integerDigits);
    result.fractionDigits = toAsciiDigits(result.fractionDigits);
    return result;
}

}  // namespace thanrak
