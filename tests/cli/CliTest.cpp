#include "support/CatchQt.h"

#include "storage/Migrator.h"
#include "support/CliRunner.h"
#include "support/FileFixtures.h"
#include "support/TempDir.h"

#include <QFile>

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

namespace {
// orgs and report on the demo district (built once, by the test below).
void checkReports(const QString& demo, thanrak::test::TempDir& dir) {
    const Run orgs = cli({QStringLiteral("orgs"), QStringLiteral("--db"), demo});
    REQUIRE(orgs.exitCode == 0);
    CHECK(orgs.lines.size() == 60);
    const QStringList first = orgs.lines.front().split(QLatin1Char('\t'));
    REQUIRE(first.size() == 3);
    CHECK(first[1] == QStringLiteral("savings_group"));

    const Run list = cli({QStringLiteral("report"), QStringLiteral("--list")});
    CHECK(list.lines.size() == 18);
    CHECK(list.lines.contains(QStringLiteral("meeting-report")));

    const QString pdf = dir.path(QStringLiteral("meeting.pdf"));
    const Run meeting = cli({QStringLiteral("report"), QStringLiteral("meeting-report"),
                             QStringLiteral("--db"), demo, QStringLiteral("--org"), first[0],
                             QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                             QStringLiteral("--out"), pdf});
    CHECK(meeting.exitCode == 0);
    CHECK(meeting.lastLine.endsWith(QStringLiteral("meeting.pdf")));
    CHECK(thanrak::test::fileBytes(pdf).startsWith("%PDF"));

    const QString csv = dir.path(QStringLiteral("trial.csv"));
    CHECK(cli({QStringLiteral("report"), QStringLiteral("trial-balance"), QStringLiteral("--db"),
               demo, QStringLiteral("--org"), first[0], QStringLiteral("--year"),
               QStringLiteral("2025"), QStringLiteral("--out"), csv})
              .exitCode == 0);
    CHECK(thanrak::test::fileBytes(csv).startsWith("\xEF\xBB\xBF" "งบทดลอง\r\n"));
    CHECK(cli({QStringLiteral("report"), QStringLiteral("district-summary"), QStringLiteral("--db"),
               demo, QStringLiteral("--out"), dir.path(QStringLiteral("district.csv"))})
              .exitCode == 0);

    const Run buddhist = cli({QStringLiteral("report"), QStringLiteral("sajja-grid"),
                              QStringLiteral("--db"), demo, QStringLiteral("--org"), first[0],
                              QStringLiteral("--year"), QStringLiteral("2569"),
                              QStringLiteral("--out"), dir.path(QStringLiteral("x.pdf"))});
    CHECK(buddhist.exitCode == 2);
    CHECK(buddhist.errors.contains(QStringLiteral("2569 เป็นปี พ.ศ.")));
    const Run noOrg = cli({QStringLiteral("report"), QStringLiteral("cash-book"),
                           QStringLiteral("--db"), demo, QStringLiteral("--org"),
                           QStringLiteral("XX999"), QStringLiteral("--out"),
                           dir.path(QStringLiteral("x.pdf"))});
    CHECK(noOrg.exitCode == 2);
    CHECK(noOrg.errors.contains(QStringLiteral("ไม่พบองค์กรรหัส XX999")));
    CHECK(cli({QStringLiteral("report"), QStringLiteral("no-such-report"), QStringLiteral("--db"),
               demo, QStringLiteral("--out"), dir.path(QStringLiteral("x.pdf"))})
              .exitCode == 2);
    const Run folder = cli({QStringLiteral("report"), QStringLiteral("district-summary"),
                            QStringLiteral("--db"), demo, QStringLiteral("--out"),
                            dir.path(QStringLiteral("missing/x.pdf"))});
    CHECK(folder.exitCode == 2);
    CHECK(folder.errors.contains(QStringLiteral("บันทึกรายงานลงไฟล์")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("x.pdf"))));
}
}  // namespace

TEST_CASE("init, demo, check, orgs and report work on files; check refuses a file that is not Thanrak's") {
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
    checkReports(demo, dir);

    const QString text = dir.path(QStringLiteral("notes.txt"));
    thanrak::test::writeFile(text, QByteArray("hello"));
    const Run refused = cli({QStringLiteral("check"), text});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errors.contains(QStringLiteral("ไม่ใช่ไฟล์ฐานข้อมูล")));
    CHECK(cli({QStringLiteral("no-such-command")}).exitCode == 2);
}
