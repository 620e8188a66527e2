#include "ui/UiTestSupport.h"

#include "base/Ids.h"
#include "domain/ReferenceData.h"
#include "exchange/ConflictsPanel.h"
#include "exchange/ExchangePage.h"
#include "exchange/BundleTestSupport.h"
#include "exchange/ImportPreviewDialog.h"
#include "exchange/ProblemListDialog.h"
#include "storage/Sql.h"
#include "support/TempDir.h"
#include "support/YearEndStory.h"
#include "widgets/ListTable.h"
#include "widgets/TableCsvExport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QThread>

using namespace thanrak;
using namespace thanrak::test;

namespace {
void editPhone(Database& db, const QString& firstName, const char* phone) {
    QThread::msleep(3);
    sql::run(db.connection(), QStringLiteral("UPDATE people SET phone = ?, updated_at = ? WHERE first_name = ?"),
             {QString::fromLatin1(phone), nowUtc(), firstName});
}

QString phoneOf(Database& db, const QString& firstName) {
    return sql::scalar(db.connection(), QStringLiteral("SELECT phone FROM people WHERE first_name = ?"), {firstName})
        .toString();
}

int rows(Database& db, const char* table) {
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}
}  // namespace

TEST_CASE("a village sends its bundle and the district office imports it after a preview") {
    YearStory village;
    TempDir dir;
    ui::ExchangePage sender(village.db());
    sender.refresh();
    const QString first = dir.path(QStringLiteral("บ้านทรายมูล-1.zip"));
    REQUIRE(sender.exportTo(first));
    CHECK(sender.outcome()->text().contains(QStringLiteral("บันทึกชุดข้อมูลแล้ว: 1 องค์กร")));
    CHECK(sender.history()->rows() == 1);
    CHECK(sender.history()->cellText(0, 1) == QStringLiteral("ส่งออก"));

    std::unique_ptr<Database> district = Database::create(dir.path(QStringLiteral("อำเภอ.thanrak")));
    installReferenceData(*district);
    ui::ExchangePage page(*district);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    CHECK(page.arrivals()->rows() == 0);

    // The user sees the dry run and cancels: nothing is written.
    std::optional<ImportSummary> previewed;
    page.confirmImport = [&](const ImportSummary& summary) {
        previewed = summary;
        return false;
    };
    CHECK_FALSE(page.importFrom(first));
    REQUIRE(previewed);
    CHECK(previewed->dryRun);
    CHECK(rows(*district, "organisations") == 0);
    CHECK(page.outcome()->text().contains(QStringLiteral("ยกเลิกการนำเข้า")));

    ui::ImportPreviewDialog preview(*previewed, &page);
    CHECK(preview.table()->rows() > 5);
    CHECK(named<QLabel>(&preview, "importPreviewTotals")->text().contains(QStringLiteral("เพิ่ม")));

    page.confirmImport = [](const ImportSummary&) { return true; };
    REQUIRE(page.importFrom(first));
    CHECK(rows(*district, "organisations") == 1);
    REQUIRE(page.arrivals()->rows() == 1);
    CHECK(page.arrivals()->cellText(0, 1) == QStringLiteral("SG35020101"));
    CHECK_FALSE(page.arrivals()->cellText(0, 4).isEmpty());
    CHECK(page.history()->cellText(0, 1) == QStringLiteral("รับเข้า"));

    // Both sides change the same member's phone: the import keeps the
    // district's, lists the conflict, and the user takes the village's.
    editPhone(village.db(), QStringLiteral("อำไพ"), "0811111111");
    editPhone(*district, QStringLiteral("อำไพ"), "0822222222");
    const QString second = dir.path(QStringLiteral("บ้านทรายมูล-2.zip"));
    REQUIRE(sender.exportTo(second));
    REQUIRE(page.importFrom(second));
    CHECK(page.tabs()->currentIndex() == 1);
    CHECK(page.tabs()->tabText(1) == QStringLiteral("รายการขัดแย้ง (1)"));
    CHECK(phoneOf(*district, QStringLiteral("อำไพ")) == QStringLiteral("0822222222"));
    ui::ConflictsPanel* conflicts = page.conflicts();
    REQUIRE(conflicts->table()->rows() == 1);
    CHECK(conflicts->table()->cellText(0, 1).startsWith(QStringLiteral("อำไพ")));
    CHECK(conflicts->table()->cellText(0, 2) == QStringLiteral("phone"));
    QTest::mouseClick(conflicts->takeButton(), Qt::LeftButton);
    CHECK(phoneOf(*district, QStringLiteral("อำไพ")) == QStringLiteral("0811111111"));
    CHECK(conflicts->count() == 0);
    CHECK(page.tabs()->tabText(1) == QStringLiteral("รายการขัดแย้ง"));

    // A damaged bundle is refused in Thai and nothing changes.
    const QString broken = dir.path(QStringLiteral("เสีย.zip"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 not really a zip");
    file.close();
    const int before = rows(*district, "journal_lines");
    CHECK_FALSE(page.importFrom(broken));
    CHECK(page.outcome()->text().contains(QStringLiteral("เสีย.zip")));
    CHECK(rows(*district, "journal_lines") == before);

    // A bundle with bad rows: the problems are listed by file, row and column.
    const QString bad = dir.path(QStringLiteral("แถวเสีย.zip"));
    REQUIRE(sender.exportTo(bad));
    editBundle(bad, QStringLiteral("memberships.csv"), [](QByteArray csv) {
        return csv.replace(",2025-06-01,", ",2568-06-01,");  // B.E. years in an ISO column
    });
    int listed = -1;
    whenDialogOpens([&listed](QWidget* dialog) {
        if (auto* problems = qobject_cast<ui::ProblemListDialog*>(dialog))
            listed = problems->table()->rows();
        dialog->close();
    });
    CHECK_FALSE(page.importFrom(bad));
    CHECK(listed == 3);
    CHECK(rows(*district, "journal_lines") == before);

    // Any list goes to Excel as it is shown.
    const QString csv = dir.path(QStringLiteral("arrivals.csv"));
    ui::saveTableAsCsv(page.arrivals(), csv);
    QFile out(csv);
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("ตำบล,รหัส,องค์กร,หมู่บ้าน")));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("\r\n")));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("SG35020101")));
}
