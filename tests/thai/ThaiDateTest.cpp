#include "support/CatchQt.h"

#include "thai/ThaiDate.h"

using namespace Qt::StringLiterals;
using namespace thanrak;

TEST_CASE("B.E. year is C.E. + 543", "[thai][date]") {
    CHECK(buddhistYear(2024) == 2567);
    CHECK(buddhistYear(2026) == 2569);
    CHECK(buddhistYear(1) == 544);
}

TEST_CASE("formatThaiDate in the three styles", "[thai][date]") {
    const QDate nov22(2026, 11, 22);
    CHECK(formatThaiDate(nov22, ThaiDateStyle::Long) == u"22 พฤศจิกายน 2569"_s);
    CHECK(formatThaiDate(nov22, ThaiDateStyle::Short) == u"22 พ.ย. 69"_s);
    CHECK(formatThaiDate(nov22, ThaiDateStyle::Numeric) == u"22/11/2569"_s);
    CHECK(formatThaiDate(nov22) == u"22 พฤศจิกายน 2569"_s);

    // Day unpadded in words, padded to two digits in the numeric form.
    const QDate jun5(2024, 6, 5);
    CHECK(formatThaiDate(jun5, ThaiDateStyle::Long) == u"5 มิถุนายน 2567"_s);
    CHECK(formatThaiDate(jun5, ThaiDateStyle::Short) == u"5 มิ.ย. 67"_s);
    CHECK(formatThaiDate(jun5, ThaiDateStyle::Numeric) == u"05/06/2567"_s);
}

TEST_CASE("short style pads the two-digit B.E. year", "[thai][date]") {
    // C.E. 2064 = B.E. 2607: 2607 % 100 = 7, written "07".
    CHECK(formatThaiDate(QDate(2064, 6, 5), ThaiDateStyle::Short) == u"5 มิ.ย. 07"_s);
    // C.E. 2057 = B.E. 2600: written "00".
    CHECK(formatThaiDate(QDate(2057, 1, 1), ThaiDateStyle::Short) == u"1 ม.ค. 00"_s);
}

TEST_CASE("formatThaiDate with Thai digits", "[thai][date]") {
    CHECK(formatThaiDate(QDate(2026, 11, 22), ThaiDateStyle::Long, true) == u"๒๒ พฤศจิกายน ๒๕๖๙"_s);
    CHECK(formatThaiDate(QDate(2024, 6, 5), ThaiDateStyle::Numeric, true) == u"๐๕/๐๖/๒๕๖๗"_s);
    CHECK(formatThaiDate(QDate(2024, 6, 5), ThaiDateStyle::Short, true) == u"๕ มิ.ย. ๖๗"_s);
}

TEST_CASE("formatThaiDate of an invalid date is empty", "[thai][date]") {
    CHECK(formatThaiDate(QDate()).isEmpty());
    CHECK(formatThaiDate(QDate(2023, 2, 29), ThaiDateStyle::Numeric).isEmpty());
    CHECK(formatThaiDate(QDate(-1, 1, 1)).isEmpty());
}

TEST_CASE("Thai month names, long and abbreviated", "[thai][date]") {
    const QStringList full{u"มกราคม"_s,  u"กุมภาพันธ์"_s, u"มีนาคม"_s,    u"เมษายน"_s,
                           u"พฤษภาคม"_s, u"มิถุนายน"_s,  u"กรกฎาคม"_s,  u"สิงหาคม"_s,
                           u"กันยายน"_s,  u"ตุลาคม"_s,   u"พฤศจิกายน"_s, u"ธันวาคม"_s};
    const QStringList abbreviated{u"ม.ค."_s, u"ก.พ."_s, u"มี.ค."_s, u"เม.ย."_s,
                                  u"พ.ค."_s, u"มิ.ย."_s, u"ก.ค."_s, u"ส.ค."_s,
                                  u"ก.ย."_s, u"ต.ค."_s, u"พ.ย."_s, u"ธ.ค."_s};
    for (int month = 1; month <= 12; ++month) {
        CAPTURE(month);
        CHECK(thaiMonthName(month) == full[month - 1]);
        CHECK(thaiMonthName(month, true) == abbreviated[month - 1]);
    }
    CHECK(thaiMonthName(0).isEmpty());
    CHECK(thaiMonthName(13, true).isEmpty());
}

TEST_CASE("formatThaiMonthYear for report headings", "[thai][date]") {
    CHECK(formatThaiMonthYear(2026, 11) == u"พฤศจิกายน 2569"_s);
    CHECK(formatThaiMonthYear(2024, 1) == u"มกราคม 2567"_s);
    CHECK(formatThaiMonthYear(2024, 6, true) == u"มิถุนายน ๒๕๖๗"_s);
    CHECK(formatThaiMonthYear(2024, 0).isEmpty());
    CHECK(formatThaiMonthYear(2024, 13).isEmpty());
    CHECK(formatThaiMonthYear(0, 5).isEmpty());
}

TEST_CASE("B.E. dates across New Year", "[thai][date]") {
    // The B.E. year turns with the C.E. one on 1 January (since 2484 B.E.).
    CHECK(formatThaiDate(QDate(2025, 12, 31), ThaiDateStyle::Long) == u"31 ธันวาคม 2568"_s);
    CHECK(formatThaiDate(QDate(2026, 1, 1), ThaiDateStyle::Long) == u"1 มกราคม 2569"_s);
    CHECK(formatThaiDate(QDate(2025, 12, 31), ThaiDateStyle::Short) == u"31 ธ.ค. 68"_s);
    CHECK(formatThaiDate(QDate(2026, 1, 1), ThaiDateStyle::Short) == u"1 ม.ค. 69"_s);
    CHECK(formatThaiDate(QDate(2025, 12, 31), ThaiDateStyle::Numeric) == u"31/12/2568"_s);
    CHECK(formatThaiDate(QDate(2026, 1, 1), ThaiDateStyle::Numeric) == u"01/01/2569"_s);
    CHECK(formatThaiMonthYear(2025, 12) == u"ธันวาคม 2568"_s);
    CHECK(formatThaiMonthYear(2026, 1) == u"มกราคม 2569"_s);
}
