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
    CHECK(list.lines.size() == 24);
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

    // The district office's expiry list as a PDF.
    const QString expiry = dir.path(QStringLiteral("expiry.pdf"));
    CHECK(cli({QStringLiteral("report"), QStringLiteral("certificate-expiry"), QStringLiteral("--db"),
               demo, QStringLiteral("--to"), QStringLiteral("2026-10-31"), QStringLiteral("--out"), expiry})
              .exitCode == 0);
    CHECK(thanrak::test::fileBytes(expiry).startsWith("%PDF"));
    const Run noProduct = cli({QStringLiteral("report"), QStringLiteral("product-sheet"),
                               QStringLiteral("--db"), demo, QStringLiteral("--product"),
                               QStringLiteral("no-such-product"), QStringLiteral("--out"),
                               dir.path(QStringLiteral("x.pdf"))});
    CHECK(noProduct.exitCode == 2);
    CHECK(noProduct.errors.contains(QStringLiteral("ไม่พบผลิตภัณฑ์ที่เลือก")));

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

// export, import and import-people between the demo district and a new file.
void checkExchange(const QString& demo, thanrak::test::TempDir& dir) {
    const QString code = cli({QStringLiteral("orgs"), QStringLiteral("--db"), demo})
                             .lines.front()
                             .split(QLatin1Char('\t'))
                             .front();
    const QString bundle = dir.path(QStringLiteral("group.zip"));
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--db"), demo, QStringLiteral("--org"), code,
                              QStringLiteral("--out"), bundle});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.lastLine.startsWith(QStringLiteral("ส่งออก 1 องค์กร")));
    const Run unknown = cli({QStringLiteral("export"), QStringLiteral("--db"), demo, QStringLiteral("--org"),
                             QStringLiteral("XX999"), QStringLiteral("--out"), dir.path(QStringLiteral("x.zip"))});
    CHECK(unknown.exitCode == 2);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("x.zip"))));

    const QString office = dir.path(QStringLiteral("office.thanrak"));
    REQUIRE(cli({QStringLiteral("init"), office}).exitCode == 0);
    const Run dry = cli({QStringLiteral("import"), QStringLiteral("--db"), office, bundle, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.lastLine.startsWith(QStringLiteral("ทดลองนำเข้า (ยังไม่บันทึก): เพิ่ม")));
    CHECK(cli({QStringLiteral("orgs"), QStringLiteral("--db"), office}).lines.isEmpty());
    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--db"), office, bundle});
    CHECK(imported.exitCode == 0);
    CHECK(imported.lastLine.startsWith(QStringLiteral("นำเข้าแล้ว: เพิ่ม")));
    CHECK(cli({QStringLiteral("orgs"), QStringLiteral("--db"), office}).lines.size() == 1);
    const Run again = cli({QStringLiteral("import"), QStringLiteral("--db"), office, bundle});
    CHECK(again.lastLine.startsWith(QStringLiteral("นำเข้าแล้ว: เพิ่ม 0 แก้ไข 0")));

    const QByteArray zip = thanrak::test::fileBytes(bundle);
    const QString cut = dir.path(QStringLiteral("cut.zip"));
    thanrak::test::writeFile(cut, zip.left(zip.size() / 2));
    const Run truncated = cli({QStringLiteral("import"), QStringLiteral("--db"), office, cut});
    CHECK(truncated.exitCode == 2);
    CHECK(truncated.errors.contains(QStringLiteral("cut.zip")));

    // Two new members from a B.E. Windows-874 list (ชื่อ, นามสกุล, เลขบัตร, วันที่สมัคร);
    // the second row's ID has a wrong check digit and is left out.
    const QString list = dir.path(QStringLiteral("members.csv"));
    thanrak::test::writeFile(
        list, QByteArray("\xaa\xd7\xe8\xcd,\xb9\xd2\xc1\xca\xa1\xd8\xc5,"
                         "\xe0\xc5\xa2\xba\xd1\xb5\xc3\xbb\xc3\xd0\xaa\xd2\xaa\xb9,"
                         "\xc7\xd1\xb9\xb7\xd5\xe8\xca\xc1\xd1\xa4\xc3\r\n"
                         "\xca\xc1\xa8\xd4\xb5,\xe3\xa8\xb4\xd5,1101700203450,1/1/2569\r\n"
                         "\xca\xc1\xbb\xcd\xa7,\xc3\xd1\xa1\xb4\xd5,1101700203451,1/1/2569\r\n"));
    const Run people = cli({QStringLiteral("import-people"), QStringLiteral("--db"), office, QStringLiteral("--org"),
                            code, list});
    CHECK(people.exitCode == 0);
    CHECK(people.lastLine.startsWith(QStringLiteral("นำเข้าแล้ว: บุคคลใหม่ 1 สมาชิกใหม่ 1")));
    CHECK(people.errors.contains(QStringLiteral("members.csv แถวที่ 3")));
    const Run twice = cli({QStringLiteral("import-people"), QStringLiteral("--db"), office, QStringLiteral("--org"),
                           code, list});
    CHECK(twice.exitCode == 2);
    CHECK(twice.lastLine.startsWith(QStringLiteral("ไม่มีแถวที่นำเข้าได้")));
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
    checkExchange(demo, dir);

    const QString text = dir.path(QStringLiteral("notes.txt"));
    thanrak::test::writeFile(text, QByteArray("hello"));
    const Run refused = cli({QStringLiteral("check"), text});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errors.contains(QStringLiteral("ไม่ใช่ไฟล์ฐานข้อมูล")));
    CHECK(cli({QStringLiteral("no-such-command")}).exitCode == 2);
}
