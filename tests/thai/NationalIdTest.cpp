#include "support/CatchQt.h"

#include "base/Error.h"
#include "thai/NationalId.h"

using namespace Qt::StringLiterals;
using namespace thanrak;

// Worked check digits, d13 = (11 − (Σ d_i × (14 − i)) mod 11) mod 10:
//
// 1101700230708:
//   1·13 + 1·12 + 0·11 + 1·10 + 7·9 + 0·8 + 0·7 + 2·6 + 3·5 + 0·4 + 7·3 + 0·2
//   = 13 + 12 + 10 + 63 + 12 + 15 + 21 = 146; 146 mod 11 = 3; 11 − 3 = 8.
// 1234567890121 (sum mod 11 = 0, so the digit is 11 mod 10 = 1):
//   1·13 + 2·12 + 3·11 + 4·10 + 5·9 + 6·8 + 7·7 + 8·6 + 9·5 + 0·4 + 1·3 + 2·2
//   = 13 + 24 + 33 + 40 + 45 + 48 + 49 + 48 + 45 + 3 + 4 = 352 = 32·11; 11 − 0 = 11 → 1.
// 3101000123450 (sum mod 11 = 1, so the digit is 10 mod 10 = 0):
//   3·13 + 1·12 + 0·11 + 1·10 + 0·9 + 0·8 + 0·7 + 1·6 + 2·5 + 3·4 + 4·3 + 5·2
//   = 39 + 12 + 10 + 6 + 10 + 12 + 12 + 10 = 111 = 10·11 + 1; 11 − 1 = 10 → 0.
// 3100600012348:
//   3·13 + 1·12 + 0·11 + 0·10 + 6·9 + 0·8 + 0·7 + 0·6 + 1·5 + 2·4 + 3·3 + 4·2
//   = 39 + 12 + 54 + 5 + 8 + 9 + 8 = 135; 135 mod 11 = 3; 11 − 3 = 8.

TEST_CASE("nationalIdCheckDigit from worked sums", "[thai][nationalid]") {
    CHECK(nationalIdCheckDigit(u"110170023070") == 8);
    CHECK(nationalIdCheckDigit(u"123456789012") == 1);
    CHECK(nationalIdCheckDigit(u"310100012345") == 0);
    CHECK(nationalIdCheckDigit(u"310060001234") == 8);
    CHECK(nationalIdCheckDigit(u"1-1017-00230-70") == 8);
    CHECK(nationalIdCheckDigit(u"๑๑๐๑๗๐๐๒๓๐๗๐") == 8);
}

TEST_CASE("nationalIdCheckDigit refuses anything but 12 digits", "[thai][nationalid]") {
    CHECK_THROWS_AS(nationalIdCheckDigit(u"11017002307"), Error);
    CHECK_THROWS_AS(nationalIdCheckDigit(u"1101700230708"), Error);
    CHECK_THROWS_AS(nationalIdCheckDigit(u"11017002307x"), Error);
}

TEST_CASE("validateNationalId accepts valid numbers however typed", "[thai][nationalid]") {
    for (const QString& text : {u"1101700230708"_s, u"1-1017-00230-70-8"_s,
                                u" 1 1017 00230 70 8 "_s, u"๑๑๐๑๗๐๐๒๓๐๗๐๘"_s}) {
        CAPTURE(text);
        const NationalIdCheck check = validateNationalId(text);
        CHECK(check.ok());
        CHECK(check.reason == NationalIdReason::Ok);
        CHECK(check.digits == u"1101700230708"_s);
        CHECK(check.message.isEmpty());
    }
    CHECK(validateNationalId(u"1234567890121").ok());
    CHECK(validateNationalId(u"3101000123450").ok());
    CHECK(validateNationalId(u"3100600012348").ok());
}

TEST_CASE("validateNationalId says what is wrong", "[thai][nationalid]") {
    CHECK(validateNationalId(u"").reason == NationalIdReason::Empty);
    CHECK(validateNationalId(u" - ").reason == NationalIdReason::Empty);

    const NationalIdCheck shortId = validateNationalId(u"110170023070");
    CHECK(shortId.reason == NationalIdReason::WrongLength);
    CHECK(shortId.message == u"เลขประจำตัวประชาชนต้องมี 13 หลัก (พิมพ์มา 12 หลัก)"_s);
    CHECK(validateNationalId(u"11017002307081").reason == NationalIdReason::WrongLength);

    const NationalIdCheck letters = validateNationalId(u"11017OO230708");
    CHECK(letters.reason == NationalIdReason::NotDigits);
    CHECK(letters.message == u"เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น (พบ \"O\")"_s);

    // One digit off, and two neighbours swapped: both caught by the check digit.
    for (const QString& text : {u"1101700230709"_s, u"1101700230700"_s, u"1011700230708"_s,
                                u"1234567890120"_s, u"3101000123451"_s}) {
        CAPTURE(text);
        const NationalIdCheck check = validateNationalId(text);
        CHECK(check.reason == NationalIdReason::BadCheckDigit);
        CHECK(check.message.startsWith(u"เลขตรวจสอบหลักสุดท้ายไม่ถูกต้อง"_s));
        CHECK(check.digits.isEmpty());
    }
}

TEST_CASE("normalizeNationalId keeps 13 ASCII digits", "[thai][nationalid]") {
    CHECK(normalizeNationalId(u"1-1017-00230-70-8") == u"1101700230708"_s);
    CHECK(normalizeNationalId(u"๑ ๑๐๑๗ ๐๐๒๓๐ ๗๐ ๘") == u"1101700230708"_s);
    // Format only: a wrong check digit still normalises, so a stored typo can be found.
    CHECK(normalizeNationalId(u"1101700230709") == u"1101700230709"_s);
    CHECK(normalizeNationalId(u"110170023070").isEmpty());
    CHECK(normalizeNationalId(u"1101700230x08").isEmpty());
    CHECK(normalizeNationalId(u"").isEmpty());
}

TEST_CASE("formatNationalId and maskNationalId", "[thai][nationalid]") {
    CHECK(formatNationalId(u"1101700230708") == u"1-1017-00230-70-8"_s);
    CHECK(formatNationalId(u"๑๑๐๑๗๐๐๒๓๐๗๐๘") == u"1-1017-00230-70-8"_s);
    CHECK(formatNationalId(u" 12345 ") == u"12345"_s);

    CHECK(maskNationalId(u"1101700230708") == u"1-1017-xxxxx-xx-8"_s);
    CHECK(maskNationalId(u"1-2345-67890-12-1") == u"1-2345-xxxxx-xx-1"_s);
    CHECK(maskNationalId(u"12-345") == u"xx-xxx"_s);
    CHECK(maskNationalId(u"").isEmpty());
}
