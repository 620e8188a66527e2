#include "support/CatchQt.h"

#include "thai/ThaiCollation.h"

#include <thread>

using namespace Qt::StringLiterals;
using namespace thanrak;

TEST_CASE("sortThai follows dictionary order", "[thai][collation]") {
    // Royal Institute order: the first consonant decides (ก before ข), a leading
    // vowel เ แ โ ใ ไ is read after its consonant, and after ก the vowels run
    // า … เ แ โ ใ ไ. So all the ก words come first, กา leading.
    QStringList words{u"ขา"_s, u"เกษตร"_s, u"กา"_s, u"ไก่"_s, u"แก้ว"_s};
    sortThai(words);
    CHECK(words == QStringList{u"กา"_s, u"เกษตร"_s, u"แก้ว"_s, u"ไก่"_s, u"ขา"_s});
}

TEST_CASE("sortThai on member names", "[thai][collation]") {
    QStringList names{u"สมหญิง"_s, u"โสภา"_s, u"บุญมี"_s, u"เสาวลักษณ์"_s, u"สมชาย"_s, u"ประเสริฐ"_s};
    sortThai(names);
    CHECK(names ==
          QStringList{u"บุญมี"_s, u"ประเสริฐ"_s, u"สมชาย"_s, u"สมหญิง"_s, u"เสาวลักษณ์"_s, u"โสภา"_s});
}

TEST_CASE("compareThai", "[thai][collation]") {
    CHECK(compareThai(u"กา", u"ขา") < 0);
    CHECK(compareThai(u"เกษตร", u"ขา") < 0);  // not sorted under เ
    CHECK(compareThai(u"ไก่", u"กา") > 0);
    CHECK(compareThai(u"กา", u"กา") == 0);
    CHECK(compareThai(u"", u"ก") < 0);
}

TEST_CASE("compareThai works from another thread", "[thai][collation]") {
    int result = 0;
    std::thread worker([&result] { result = compareThai(u"เกษตร", u"ขา"); });
    worker.join();
    CHECK(result < 0);
}
