#include "support/CatchQt.h"

#include "thai/BahtText.h"

#include <limits>

using namespace Qt::StringLiterals;
using namespace thanrak;

// Amounts are in satang: 1 baht = 100.

TEST_CASE("bahtText of zero and of satang alone", "[thai][baht]") {
    CHECK(bahtText(0) == u"ศูนย์บาทถ้วน"_s);
    CHECK(bahtText(50) == u"ห้าสิบสตางค์"_s);      // 0.50
    CHECK(bahtText(1) == u"หนึ่งสตางค์"_s);        // 0.01
    CHECK(bahtText(21) == u"ยี่สิบเอ็ดสตางค์"_s);    // 0.21
    CHECK(bahtText(11) == u"สิบเอ็ดสตางค์"_s);     // 0.11
    CHECK(bahtText(10) == u"สิบสตางค์"_s);        // 0.10
    CHECK(bahtText(99) == u"เก้าสิบเก้าสตางค์"_s);  // 0.99
}

TEST_CASE("bahtText of small whole amounts", "[thai][baht]") {
    CHECK(bahtText(100) == u"หนึ่งบาทถ้วน"_s);            // 1: no higher digit, so หนึ่ง
    CHECK(bahtText(1000) == u"สิบบาทถ้วน"_s);            // 10
    CHECK(bahtText(1100) == u"สิบเอ็ดบาทถ้วน"_s);         // 11
    CHECK(bahtText(1200) == u"สิบสองบาทถ้วน"_s);         // 12
    CHECK(bahtText(2000) == u"ยี่สิบบาทถ้วน"_s);           // 20
    CHECK(bahtText(2100) == u"ยี่สิบเอ็ดบาทถ้วน"_s);        // 21
    CHECK(bahtText(3100) == u"สามสิบเอ็ดบาทถ้วน"_s);      // 31
    CHECK(bahtText(10000) == u"หนึ่งร้อยบาทถ้วน"_s);       // 100
    CHECK(bahtText(10100) == u"หนึ่งร้อยเอ็ดบาทถ้วน"_s);    // 101
    CHECK(bahtText(11100) == u"หนึ่งร้อยสิบเอ็ดบาทถ้วน"_s);  // 111
    CHECK(bahtText(100100) == u"หนึ่งพันเอ็ดบาทถ้วน"_s);    // 1,001
}

TEST_CASE("bahtText reads millions in groups of six digits", "[thai][baht]") {
    CHECK(bahtText(100000000) == u"หนึ่งล้านบาทถ้วน"_s);            // 1,000,000
    CHECK(bahtText(100000100) == u"หนึ่งล้านเอ็ดบาทถ้วน"_s);         // 1,000,001
    CHECK(bahtText(200000000) == u"สองล้านบาทถ้วน"_s);            // 2,000,000
    CHECK(bahtText(1000000000) == u"สิบล้านบาทถ้วน"_s);            // 10,000,000
    CHECK(bahtText(1100000000) == u"สิบเอ็ดล้านบาทถ้วน"_s);         // 11,000,000
    CHECK(bahtText(2100002100) == u"ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน"_s);  // 21,000,021
    CHECK(bahtText(123456789) ==                                // 1,234,567.89
          u"หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์"_s);
    CHECK(bahtText(100000000000000) == u"หนึ่งล้านล้านบาทถ้วน"_s);     // 10^12
    CHECK(bahtText(100000000000100) == u"หนึ่งล้านล้านเอ็ดบาทถ้วน"_s);  // 10^12 + 1
    // 1,000,001,000,000: the millions group's units digit is 1 and a higher digit is
    // set, so DOMAIN.md's rule reads it เอ็ด, as in สิบเอ็ดล้าน.
    CHECK(bahtText(100000100000000) == u"หนึ่งล้านเอ็ดล้านบาทถ้วน"_s);
}

TEST_CASE("bahtText with baht and satang", "[thai][baht]") {
    CHECK(bahtText(101) == u"หนึ่งบาทหนึ่งสตางค์"_s);       // 1.01: satang read on their own
    CHECK(bahtText(1111) == u"สิบเอ็ดบาทสิบเอ็ดสตางค์"_s);  // 11.11
    CHECK(bahtText(123450) == u"หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"_s);  // 1,234.50
}

TEST_CASE("bahtText of negative amounts", "[thai][baht]") {
    CHECK(bahtText(-500) == u"ลบห้าบาทถ้วน"_s);
    CHECK(bahtText(-50) == u"ลบห้าสิบสตางค์"_s);
    CHECK(bahtText(-10101) == u"ลบหนึ่งร้อยเอ็ดบาทหนึ่งสตางค์"_s);
}

TEST_CASE("bahtText at the qint64 extremes", "[thai][baht]") {
    // 9,223,372,036,854,775,807 satang = 92,233,720,368,547,758.07 baht,
    // groups 92233 | 720368 | 547758.
    const QString maxWords =
        u"เก้าหมื่นสองพันสองร้อยสามสิบสามล้าน"
        u"เจ็ดแสนสองหมื่นสามร้อยหกสิบแปดล้าน"
        u"ห้าแสนสี่หมื่นเจ็ดพันเจ็ดร้อยห้าสิบแปดบาท"_s;
    CHECK(bahtText(std::numeric_limits<qint64>::max()) == maxWords + u"เจ็ดสตางค์"_s);
    // The most negative value has no positive counterpart in qint64.
    CHECK(bahtText(std::numeric_limits<qint64>::min()) == u"ลบ"_s + maxWords + u"แปดสตางค์"_s);
}
