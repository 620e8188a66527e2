#include "thai/BahtText.h"

#include <array>

namespace thanrak {

namespace {

constexpr std::array<const char16_t*, 10> kDigits{u"ศูนย์", u"หนึ่ง", u"สอง", u"สาม", u"สี่",
                                                  u"ห้า",  u"หก",  u"เจ็ด", u"แปด", u"เก้า"};
constexpr std::array<const char16_t*, 6> kPlaces{u"", u"สิบ", u"ร้อย", u"พัน", u"หมื่น", u"แสน"};
constexpr quint64 kGroupSize = 1'000'000;

QString digitWord(quint64 digit) {
    return QString::fromUtf16(kDigits[digit]);
}

// One digit at `place` (0 = units … 5 = hundred-thousands) of a six-digit group.
// `higherNonZero`: some digit above this one, in this group or a higher one, is set.
QString readDigit(quint64 digit, int place, bool higherNonZero) {
    if (place == 0)
        return digit == 1 && higherNonZero ? QStringLiteral("เอ็ด") : digitWord(digit);
    if (place == 1 && digit == 1)
        return QStringLiteral("สิบ");
    if (place == 1 && digit == 2)
        return QStringLiteral("ยี่สิบ");
    return digitWord(digit) + QString::fromUtf16(kPlaces[static_cast<std::size_t>(place)]);
}

// A group of up to six digits; empty for zero, so "หนึ่งล้าน" has nothing after ล้าน.
QString readGroup(quint64 group, bool higherGroupsNonZero) {
    QString words;
    quint64 divisor = kGroupSize / 10;
    for (int place = 5; place >= 0; --place, divisor /= 10) {
        const quint64 digit = group / divisor % 10;
        if (digit != 0)
            words += readDigit(digit, place, higherGroupsNonZero || group / divisor >= 10);
    }
    return words;
}

// A positive number: groups of six digits from the left, each followed by ล้าน
// except the last, so 10^12 reads "หนึ่งล้านล้าน".
QString readNumber(quint64 n) {
    quint64 top = 1;
    while (n / top >= kGroupSize) top *= kGroupSize;
    QString words;
    for (; top >= 1; top /= kGroupSize) {
        words += readGroup(n / top % kGroupSize, n / top >= kGroupSize);
        if (top > 1)
            words += QStringLiteral("ล้าน");
    }
    return words;
}

}  // namespace

QString bahtText(qint64 satang) {
    if (satang == 0)
        return QStringLiteral("ศูนย์บาทถ้วน");
    // Unsigned negation is defined for every value, so the most negative qint64 has
    // a magnitude here instead of overflowing.
    const quint64 magnitude =
        satang < 0 ? 0 - static_cast<quint64>(satang) : static_cast<quint64>(satang);
    const quint64 baht = magnitude / 100;
    const quint64 cents = magnitude % 100;
    QString words = satang < 0 ? QStringLiteral("ลบ") : QString();
    if (baht != 0)
        words += readNumber(baht) + QStringLiteral("บาท");
    words += cents == 0 ? QStringLiteral("ถ้วน") : readNumber(cents) + QStringLiteral("สตางค์");
    return words;
}

}  // namespace thanrak
