#include "support/CatchQt.h"

#include "base/Error.h"

using namespace thanrak;

TEST_CASE("an error's full message says where: file, row and column") {
    const Error plain(QStringLiteral("x"), QStringLiteral("ข้อความ"));
    CHECK(plain.fullMessage() == QStringLiteral("ข้อความ"));
    const Error located(QStringLiteral("x"), QStringLiteral("วันที่ไม่ถูกต้อง"),
                        {QStringLiteral("people.csv"), 12, QStringLiteral("วันเกิด")});
    CHECK(located.fullMessage() ==
          QStringLiteral("ไฟล์ people.csv แถวที่ 12 ช่อง วันเกิด: วันที่ไม่ถูกต้อง"));
    CHECK(std::string(located.what()) == "วันที่ไม่ถูกต้อง");
}
