#include "support/CatchQt.h"

#include "thai/ThaiDigits.h"

using namespace Qt::StringLiterals;
using namespace thanrak;

TEST_CASE("toThaiDigits replaces only ASCII digits", "[thai][digits]") {
    CHECK(toThaiDigits(u"0123456789"_s) == u"๐๑๒๓๔๕๖๗๘๙"_s);
    CHECK(toThaiDigits(u"22 พ.ย. 2569"_s) == u"๒๒ พ.ย. ๒๕๖๙"_s);
    CHECK(toThaiDigits(u"1,234.50 บาท"_s) == u"๑,๒๓๔.๕๐ บาท"_s);
    CHECK(toThaiDigits(QString()).isEmpty());
}

TEST_CASE("toArabicDigits replaces only Thai digits", "[thai][digits]") {
    CHECK(toArabicDigits(u"๐๑๒๓๔๕๖๗๘๙"_s) == u"0123456789"_s);
    CHECK(toArabicDigits(u"หมู่ที่ ๕"_s) == u"หมู่ที่ 5"_s);
    CHECK(toArabicDigits(u"5/๖/2567"_s) == u"5/6/2567"_s);
}

TEST_CASE("digitValue reads both kinds of digit", "[thai][digits]") {
    CHECK(digitValue(u'7') == 7);
    CHECK(digitValue(QChar(0x0E57)) == 7);  // ๗
    CHECK(digitValue(u'a') == -1);
    CHECK(digitValue(QChar(0x0E4F)) == -1);  // ๏, just below ๐
    CHECK(digitValue(QChar(0x0E5A)) == -1);  // ๚, just above ๙
}
