#include "support/CatchQt.h"

#include "storage/Migrator.h"
#include "support/CliRunner.h"
#include "support/FileFixtures.h"
#include "support/TempDir.h"

using thanrak::test::cli;
using Run = thanrak::test::CliRun;

TEST_CASE("bahttext prints Excel's reading alone on the last line") {
    CHECK(cli({QStringLiteral("bahttext"), QStringLiteral("1,234,567.89")}).lastLine ==
          QStringLiteral("หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์"));
    CHECK(cli({QStringLiteral("bahttext"), QStringLiteral("0.50")}).lastLine == QStringLiteral("ห้าสิบสตางค์"));
    // Half-up to the satang first, as Excel does: 0.125 -> 0.13.
    CHECK(cli({QStringLiteral("bahttext"), QStringLiteral("0.125")}).lastLine == QStringLiteral("สิบสามสตางค์"));
    CHECK(cli({QStringLiteral("bahttext"), QStringLiteral("-5")}).lastLine == QStringLiteral("ลบห้าบาทถ้วน"));
    const Run bad = cli({QStringLiteral("bahttext"), QStringLiteral("12,34.5")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.errors.contains(QStringLiteral("12,34.5")));
}

TEST_CASE("thai-date formats an ISO date in B.E. in each style") {
    CHECK(cli({QStringLiteral("thai-date"), QStringLiteral("2026-11-22")}).lastLine ==
          QStringLiteral("22 พฤศจิกายน 2569"));
    CHECK(cli({QStringLiteral("thai-date"), QStringLiteral("2026-11-22"), QStringLiteral("--style"),
               QStringLiteral("short")})
              .lastLine == QStringLiteral("22 พ.ย. 69"));
    CHECK(cli({QStringLiteral("thai-date"), QStringLiteral("2024-06-05"), QStringLiteral("--style"),
               QStringLiteral("numeric"), QStringLiteral("--thai-digits")})
              .lastLine == QStringLiteral("๐๕/๐๖/๒๕๖๗"));
    const Run be = cli({QStringLiteral("thai-date"), QStringLiteral("2569-11-22")});
    CHECK(be.exitCode == 2);
    CHECK(be.errors.contains(QStringLiteral("พ.ศ.")));
}

TEST_CASE("check-id answers with its exit code and a one-line reason") {
    const Run good = cli({QStringLiteral("check-id"), QStringLiteral("1-1017-00230-70-8")});
    CHECK(good.exitCode == 0);
    CHECK(good.lastLine == QStringLiteral("ถูกต้อง: 1-1017-00230-70-8"));
    const Run bad = cli({QStringLiteral("check-id"), QStringLiteral("1101700230709")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.lastLine.startsWith(QStringLiteral("ไม่ถูกต้อง: ")));
    CHECK(cli({QStringLiteral("check-id"), QStringLiteral("12345")}).exitCode == 1);
}

TEST_CASE("init, demo and check work on files; check refuses a file that is not Thanrak's") {
    thanrak::test::TempDir dir;
    const QString fresh = dir.path(QStringLiteral("new.thanrak"));
    const Run init = cli({QStringLiteral("init"), fresh});
    CHECK(init.exitCode == 0);
    CHECK(init.lastLine.endsWith(QStringLiteral("new.thanrak")));
    CHECK(cli({QStringLiteral("init"), fresh}).exitCode == 2);  // exists already

    const QString demo = dir.path(QStringLiteral("demo.thanrak"));
    CHECK(cli({QStringLiteral("demo"), demo}).exitCode == 0);
    const Run check = cli({QStringLiteral("check"), demo});
    CHECK(check.exitCode == 0);
    CHECK(check.lastLine ==
          QStringLiteral("ไฟล์สมบูรณ์ โครงสร้างรุ่น %1").arg(thanrak::latestSchemaVersion()));

    const QString text = dir.path(QStringLiteral("notes.txt"));
    thanrak::test::writeFile(text, QByteArray("hello"));
    const Run refused = cli({QStringLiteral("check"), text});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errors.contains(QStringLiteral("ไม่ใช่ไฟล์ฐานข้อมูล")));
    CHECK(cli({QStringLiteral("no-such-command")}).exitCode == 2);
}
