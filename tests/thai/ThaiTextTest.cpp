#include "support/CatchQt.h"

#include "thai/ThaiText.h"

using namespace Qt::StringLiterals;
using namespace thanrak;

// Code points are written out, since the broken forms look the same as the fixed
// ones in most editors.

TEST_CASE("cleanThaiText removes invisible characters", "[thai][text]") {
    CHECK(cleanThaiText(u"\u0E01\u200B\u0E02"_s) == u"\u0E01\u0E02"_s);  // ZWSP
    CHECK(cleanThaiText(u"\u0E01\u200C\u0E02\u200D\u0E03"_s) == u"\u0E01\u0E02\u0E03"_s);
    CHECK(cleanThaiText(u"\uFEFF\u0E01\uFEFF\u0E02"_s) == u"\u0E01\u0E02"_s);  // BOM
}

TEST_CASE("cleanThaiText tidies spaces", "[thai][text]") {
    CHECK(cleanThaiText(u"  สมชาย   ใจดี  "_s) == u"สมชาย ใจดี"_s);
    CHECK(cleanThaiText(u"สมชาย\t\t ใจดี"_s) == u"สมชาย ใจดี"_s);
    CHECK(cleanThaiText(u"สมชาย\u00A0ใจดี\u00A0"_s) == u"สมชาย ใจดี"_s);  // NBSP
    CHECK(cleanThaiText(u"บรรทัดหนึ่ง\nบรรทัดสอง"_s) == u"บรรทัดหนึ่ง\nบรรทัดสอง"_s);
    CHECK(cleanThaiText(u"   "_s).isEmpty());
}

TEST_CASE("cleanThaiText removes a space before a combining mark", "[thai][text]") {
    // ท U+0E17, SARA II U+0E35, MAI EK U+0E48: "ที่" with a stray space before MAI EK.
    CHECK(cleanThaiText(u"\u0E17\u0E35 \u0E48"_s) == u"\u0E17\u0E35\u0E48"_s);
    // ก + space + MAI HAN-AKAT U+0E31 + น: "กัน".
    CHECK(cleanThaiText(u"\u0E01 \u0E31\u0E19"_s) == u"\u0E01\u0E31\u0E19"_s);
    // Several spaces before THANTHAKHAT U+0E4C, and a space before PHINTHU U+0E3A.
    CHECK(cleanThaiText(u"\u0E2A\u0E31\u0E15\u0E27   \u0E4C"_s) ==
          u"\u0E2A\u0E31\u0E15\u0E27\u0E4C"_s);
    CHECK(cleanThaiText(u"\u0E1E \u0E3A"_s) == u"\u0E1E\u0E3A"_s);
    // A space before SARA AA U+0E32 is not before a combining mark and stays.
    CHECK(cleanThaiText(u"\u0E01 \u0E32"_s) == u"\u0E01 \u0E32"_s);
}

TEST_CASE("cleanThaiText puts the vowel before the tone mark", "[thai][text]") {
    // ก MAI EK SARA II -> ก SARA II MAI EK ("ก่ี" -> "กี่").
    CHECK(cleanThaiText(u"\u0E01\u0E48\u0E35"_s) == u"\u0E01\u0E35\u0E48"_s);
    // Lower vowel: ป MAI THO SARA U -> ป SARA U MAI THO ("ปู้").
    CHECK(cleanThaiText(u"\u0E1B\u0E49\u0E39"_s) == u"\u0E1B\u0E39\u0E49"_s);
    // MAI HAN-AKAT U+0E31 and MAI CHATTAWA U+0E4B.
    CHECK(cleanThaiText(u"\u0E08\u0E4B\u0E31\u0E07"_s) == u"\u0E08\u0E31\u0E4B\u0E07"_s);
    // Already in order: unchanged.
    CHECK(cleanThaiText(u"กลุ่มออมทรัพย์"_s) == u"กลุ่มออมทรัพย์"_s);
}

TEST_CASE("cleanThaiText composes SARA AM", "[thai][text]") {
    // NIKHAHIT U+0E4D + SARA AA U+0E32 -> SARA AM U+0E33: "ทำ".
    CHECK(cleanThaiText(u"\u0E17\u0E4D\u0E32"_s) == u"\u0E17\u0E33"_s);
    // With MAI THO between them: "น้ำ" = น U+0E19, MAI THO U+0E49, SARA AM U+0E33.
    CHECK(cleanThaiText(u"\u0E19\u0E4D\u0E49\u0E32"_s) == u"\u0E19\u0E49\u0E33"_s);
    // Tone first, then the two halves: also "น้ำ".
    CHECK(cleanThaiText(u"\u0E19\u0E49\u0E4D\u0E32"_s) == u"\u0E19\u0E49\u0E33"_s);
    // PDF extraction with spaces before the combining parts.
    CHECK(cleanThaiText(u"\u0E19 \u0E4D \u0E49\u0E32"_s) == u"\u0E19\u0E49\u0E33"_s);
}
