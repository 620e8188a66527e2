#include "support/CatchQt.h"

#include "runtime/AppSettings.h"
#include "runtime/RecentFiles.h"

#include <QFile>
#include "support/FileFixtures.h"
#include "support/TempDir.h"

using namespace thanrak;

TEST_CASE("recent files: newest first, no repeats, at most eight, only existing ones") {
    test::TempDir dir;
    RecentFiles recent;
    recent.clear();
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << dir.path(QStringLiteral("f%1.thanrak").arg(i));
        test::writeFile(paths.back(), QByteArray("x"));
        recent.add(paths.back());
    }
    recent.add(paths.at(5));
    const QStringList list = recent.list();
    REQUIRE(list.size() == RecentFiles::kMaximum);
    CHECK(list.at(0) == paths.at(5));
    CHECK(list.at(1) == paths.at(9));
    CHECK(list.count(paths.at(5)) == 1);
    QFile::remove(paths.at(9));
    CHECK_FALSE(recent.list().contains(paths.at(9)));
    recent.clear();
    CHECK(recent.list().isEmpty());
}

TEST_CASE("the interface is Thai unless the user chose English; font sizes stay readable") {
    setUiLanguage(UiLanguage::Thai);
    CHECK(uiLanguage() == UiLanguage::Thai);
    setUiLanguage(UiLanguage::English);
    CHECK(uiLanguage() == UiLanguage::English);
    CHECK(uiLanguageCode(uiLanguage()) == QStringLiteral("en"));
    setUiLanguage(UiLanguage::Thai);
    setUiFontPointSize(4);
    CHECK(uiFontPointSize() == 10);
    setUiFontPointSize(16);
    CHECK(uiFontPointSize() == 16);
}
