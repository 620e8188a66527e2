#include "support/CatchQt.h"

#include "thai/ThaiDateParse.h"

using namespace Qt::StringLiterals;
using namespace thanrak;

namespace {

// The error code of a failed parse, so each CHECK reads as one line.
QString codeOf(const QString& text, Era era) {
    return tryParseThaiDate(text, era).code;
}

}  // namespace

TEST_CASE("parseIsoDate reads strict C.E. yyyy-mm-dd", "[thai][dateparse]") {
    CHECK(parseIsoDate(u"2024-06-05") == QDate(2024, 6, 5));
    CHECK(parseIsoDate(u"2024-02-29") == QDate(2024, 2, 29));
    CHECK(parseIsoDate(u"1999-12-31") == QDate(1999, 12, 31));
}

TEST_CASE("parseIsoDate refuses anything but the exact shape", "[thai][dateparse]") {
    for (const QString& text : {u"2024-6-5"_s, u"05/06/2024"_s, u" 2024-06-05"_s,
                                u"2024-06-05T00:00"_s, u"๒๐๒๔-๐๖-๐๕"_s, u""_s, u"24-06-05"_s}) {
        CAPTURE(text);
        CHECK(tryParseIsoDate(text).code == u"date.format"_s);
    }
    CHECK_THROWS_AS(parseIsoDate(u"2024/06/05"), ThaiDateError);
}

TEST_CASE("parseIsoDate refuses a B.E. year in an ISO column", "[thai][dateparse]") {
    const DateParseResult r = tryParseIsoDate(u"2567-06-05");
    CHECK_FALSE(r.ok());
    CHECK(r.code == u"date.era"_s);
    CHECK_FALSE(r.date.isValid());
    CHECK(r.message ==
          u"ปี 2567 ในวันที่ \"2567-06-05\" ดูเหมือนเป็นปี พ.ศ. แต่วันที่แบบ ISO (ปปปป-ดด-วว) "
          u"ต้องใช้ปี ค.ศ. ถ้าหมายถึง พ.ศ. 2567 ให้พิมพ์ ค.ศ. 2024"_s);
    CHECK(tryParseIsoDate(u"2400-01-01").code == u"date.era"_s);
    CHECK(tryParseIsoDate(u"2399-01-01").ok());
}

TEST_CASE("parseIsoDate refuses impossible dates", "[thai][dateparse]") {
    CHECK(tryParseIsoDate(u"2023-02-29").code == u"date.invalid"_s);
    CHECK(tryParseIsoDate(u"2024-13-01").code == u"date.invalid"_s);
    CHECK(tryParseIsoDate(u"2024-04-31").code == u"date.invalid"_s);
    CHECK(tryParseIsoDate(u"0000-01-01").code == u"date.invalid"_s);
}

TEST_CASE("parseThaiDate reads day/month/year with / - . in B.E.", "[thai][dateparse]") {
    const QDate jun5(2024, 6, 5);
    CHECK(parseThaiDate(u"5/6/2567", Era::BuddhistEra) == jun5);
    CHECK(parseThaiDate(u"05/06/2567", Era::BuddhistEra) == jun5);
    CHECK(parseThaiDate(u"05-06-2567", Era::BuddhistEra) == jun5);
    CHECK(parseThaiDate(u"5.6.2567", Era::BuddhistEra) == jun5);
    CHECK(parseThaiDate(u"  5/6/2567 ", Era::BuddhistEra) == jun5);
    CHECK(parseThaiDate(u"22/11/2569", Era::BuddhistEra) == QDate(2026, 11, 22));
}

TEST_CASE("parseThaiDate reads Thai digits", "[thai][dateparse]") {
    CHECK(parseThaiDate(u"๕/๖/๒๕๖๗", Era::BuddhistEra) == QDate(2024, 6, 5));
    CHECK(parseThaiDate(u"๒๒ พ.ย. ๒๕๖๙", Era::BuddhistEra) == QDate(2026, 11, 22));
}

TEST_CASE("parseThaiDate reads Thai month names", "[thai][dateparse]") {
    const QDate nov22(2026, 11, 22);
    CHECK(parseThaiDate(u"22 พ.ย. 2569", Era::BuddhistEra) == nov22);
    CHECK(parseThaiDate(u"22 พฤศจิกายน 2569", Era::BuddhistEra) == nov22);
    CHECK(parseThaiDate(u"22 พฤศจิกายน พ.ศ. 2569", Era::BuddhistEra) == nov22);
    CHECK(parseThaiDate(u"22 พ.ย.2569", Era::BuddhistEra) == nov22);
    CHECK(parseThaiDate(u"22 พย 2569", Era::BuddhistEra) == nov22);
    CHECK(parseThaiDate(u"1 ม.ค. 2567", Era::BuddhistEra) == QDate(2024, 1, 1));
    CHECK(parseThaiDate(u"29 กุมภาพันธ์ 2567", Era::BuddhistEra) == QDate(2024, 2, 29));
    CHECK(parseThaiDate(u"31 ธ.ค. 2024", Era::CommonEra) == QDate(2024, 12, 31));
}

TEST_CASE("parseThaiDate reads ISO order in the caller's era", "[thai][dateparse]") {
    CHECK(parseThaiDate(u"2024-06-05", Era::CommonEra) == QDate(2024, 6, 5));
    CHECK(parseThaiDate(u"2567-06-05", Era::BuddhistEra) == QDate(2024, 6, 5));
    CHECK(codeOf(u"2024-06-05"_s, Era::BuddhistEra) == u"date.era"_s);
}

TEST_CASE("parseThaiDate in C.E.", "[thai][dateparse]") {
    CHECK(parseThaiDate(u"5/6/2024", Era::CommonEra) == QDate(2024, 6, 5));
    CHECK(parseThaiDate(u"29/02/2024", Era::CommonEra) == QDate(2024, 2, 29));
    CHECK(parseThaiDate(u"22 พ.ย. 2026", Era::CommonEra) == QDate(2026, 11, 22));
}

TEST_CASE("parseThaiDate refuses two-digit years", "[thai][dateparse]") {
    const DateParseResult r = tryParseThaiDate(u"5/6/24", Era::BuddhistEra);
    CHECK(r.code == u"date.format"_s);
    CHECK(r.message == u"วันที่ \"5/6/24\" ใช้ปีสองหลัก กรุณาพิมพ์ปีสี่หลัก เช่น 2567"_s);
    CHECK(tryParseThaiDate(u"5/6/24", Era::CommonEra).message ==
          u"วันที่ \"5/6/24\" ใช้ปีสองหลัก กรุณาพิมพ์ปีสี่หลัก เช่น 2024"_s);
    CHECK(tryParseThaiDate(u"5 มิ.ย. 67", Era::BuddhistEra).message ==
          u"วันที่ \"5 มิ.ย. 67\" ใช้ปีสองหลัก กรุณาพิมพ์ปีสี่หลัก เช่น 2567"_s);
    CHECK(codeOf(u"5/6/256"_s, Era::BuddhistEra) == u"date.format"_s);
    CHECK(codeOf(u"5/6/25670"_s, Era::BuddhistEra) == u"date.format"_s);
}

TEST_CASE("parseThaiDate refuses a year of the other era", "[thai][dateparse]") {
    const DateParseResult ce = tryParseThaiDate(u"5/6/2024", Era::BuddhistEra);
    CHECK(ce.code == u"date.era"_s);
    CHECK(ce.message ==
          u"ปี 2024 ในวันที่ \"5/6/2024\" ดูเหมือนเป็นปี ค.ศ. แต่ช่องนี้ใช้ปี พ.ศ. "
          u"ถ้าหมายถึง ค.ศ. 2024 ให้พิมพ์ พ.ศ. 2567"_s);
    const DateParseResult be = tryParseThaiDate(u"5/6/2567", Era::CommonEra);
    CHECK(be.code == u"date.era"_s);
    CHECK(be.message ==
          u"ปี 2567 ในวันที่ \"5/6/2567\" ดูเหมือนเป็นปี พ.ศ. แต่ช่องนี้ใช้ปี ค.ศ. "
          u"ถ้าหมายถึง พ.ศ. 2567 ให้พิมพ์ ค.ศ. 2024"_s);
    // The boundary: 2400 is B.E., 2399 is C.E.
    CHECK(codeOf(u"1/1/2399"_s, Era::BuddhistEra) == u"date.era"_s);
    CHECK(parseThaiDate(u"1/1/2400", Era::BuddhistEra) == QDate(1857, 1, 1));
    CHECK(codeOf(u"1/1/2400"_s, Era::CommonEra) == u"date.era"_s);
    CHECK(parseThaiDate(u"1/1/2399", Era::CommonEra) == QDate(2399, 1, 1));
}

TEST_CASE("parseThaiDate refuses impossible dates", "[thai][dateparse]") {
    CHECK(codeOf(u"31/02/2567"_s, Era::BuddhistEra) == u"date.invalid"_s);
    // B.E. 2566 = C.E. 2023, not a leap year; B.E. 2567 = C.E. 2024 is.
    const DateParseResult r = tryParseThaiDate(u"29/02/2566", Era::BuddhistEra);
    CHECK(r.code == u"date.invalid"_s);
    CHECK(r.message == u"ไม่มีวันที่ \"29/02/2566\" ในปฏิทิน"_s);
    CHECK(parseThaiDate(u"29/02/2567", Era::BuddhistEra) == QDate(2024, 2, 29));
    CHECK(codeOf(u"0/6/2567"_s, Era::BuddhistEra) == u"date.invalid"_s);
    CHECK(codeOf(u"5/13/2567"_s, Era::BuddhistEra) == u"date.invalid"_s);
    CHECK(codeOf(u"31 เม.ย. 2567"_s, Era::BuddhistEra) == u"date.invalid"_s);
}

TEST_CASE("parseThaiDate refuses unreadable text", "[thai][dateparse]") {
    CHECK(codeOf(u""_s, Era::BuddhistEra) == u"date.empty"_s);
    CHECK(codeOf(u"   "_s, Era::BuddhistEra) == u"date.empty"_s);
    CHECK(codeOf(u"5/6-2567"_s, Era::BuddhistEra) == u"date.format"_s);
    CHECK(codeOf(u"5-2567"_s, Era::BuddhistEra) == u"date.format"_s);
    CHECK(codeOf(u"พรุ่งนี้"_s, Era::BuddhistEra) == u"date.format"_s);
    CHECK(codeOf(u"2567/06/05"_s, Era::BuddhistEra) == u"date.format"_s);
    CHECK(tryParseThaiDate(u"hello", Era::BuddhistEra).message ==
          u"อ่านวันที่ \"hello\" ไม่ออก กรุณาพิมพ์แบบ วัน/เดือน/ปี เช่น 5/6/2567 หรือ 5 มิ.ย. 2567"_s);
    CHECK(tryParseThaiDate(u"5 มิถุนา 2567", Era::BuddhistEra).message ==
          u"ไม่รู้จักชื่อเดือน \"มิถุนา\" ในวันที่ \"5 มิถุนา 2567\" "
          u"กรุณาใช้ชื่อเดือนเต็มหรือย่อ เช่น มิถุนายน หรือ มิ.ย."_s);
}

TEST_CASE("parse errors are thanrak::Error with code and message", "[thai][dateparse]") {
    try {
        parseThaiDate(u"31/02/2567", Era::BuddhistEra);
        FAIL("no exception");
    } catch (const Error& e) {
        CHECK(e.code() == u"date.invalid"_s);
        CHECK(e.message().contains(u"31/02/2567"_s));
    }
    const DateParseResult ok = tryParseThaiDate(u"5/6/2567", Era::BuddhistEra);
    CHECK(ok.ok());
    CHECK(ok.message.isEmpty());
}

TEST_CASE("B.E. dates typed across New Year parse to the right C.E. year", "[thai][date][parse]") {
    CHECK(parseThaiDate(u"31/12/2568", Era::BuddhistEra) == QDate(2025, 12, 31));
    CHECK(parseThaiDate(u"1/1/2569", Era::BuddhistEra) == QDate(2026, 1, 1));
    CHECK(parseThaiDate(u"๑ ม.ค. ๒๕๖๙", Era::BuddhistEra) == QDate(2026, 1, 1));
    CHECK(QDate(2025, 12, 31).daysTo(parseThaiDate(u"1/1/2569", Era::BuddhistEra)) == 1);
}
