#include "thai/ThaiDigits.h"

namespace thanrak {

namespace {
constexpr char16_t kThaiZero = u'\u0E50';
constexpr char16_t kThaiNine = u'\u0E59';
}  // namespace

QString toThaiDigits(QString text) {
    for (QChar& c : text) {
        if (c >= u'0' && c <= u'9')
            c = QChar(kThaiZero + (c.unicode() - u'0'));
    }
    return text;
}

QString toArabicDigits(QString text) {
    for (QChar& c : text) {
        if (c >= kThaiZero && c <= kThaiNine)
            c = QChar(u'0' + (c.unicode() - kThaiZero));
    }
    return text;
}

int digitValue(QChar c) {
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= kThaiZero && c <= kThaiNine)
        return c.unicode() - kThaiZero;
    return -1;
}

}  // namespace thanrak
