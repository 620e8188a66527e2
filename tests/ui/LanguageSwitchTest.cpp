#include "ui/UiTestSupport.h"

#include "app/AppController.h"
#include "runtime/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/ModulePage.h"
#include "shell/Workspace.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QPointer>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

TEST_CASE("switching to English rebuilds the window on the same open file", "[ui]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("language.thanrak"));
    makeDemoFile(path, 1);
    setUiLanguage(UiLanguage::Thai);
    {
        ui::AppController controller;
        controller.start(path);
        QPointer<ui::MainWindow> thai = controller.window();
        REQUIRE(thai->workspace()->module(0)->title() == QStringLiteral("องค์กร"));
        thai->setCurrentModule(1);

        setUiLanguage(UiLanguage::English);
        controller.applySettings();
        REQUIRE(waitUntil([&] { return thai.isNull(); }));  // the Thai window is gone
        ui::MainWindow* english = controller.window();
        CHECK(english->windowTitle() == QStringLiteral("Thanrak — language.thanrak"));
        CHECK(english->workspace()->module(0)->title() == QStringLiteral("Organisations"));
        CHECK(english->currentModule() == 1);  // still on the page the user was on
        CHECK(controller.session().path() == path);
    }
    setUiLanguage(UiLanguage::Thai);
    ui::AppController back;  // puts the Thai translators back for the other tests
}
