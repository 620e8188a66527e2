#include "ui/UiTestSupport.h"

#include "app/AppLook.h"
#include "runtime/AppSettings.h"
#include "savings/GroupTab.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "shell/ModulePage.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <QApplication>

using namespace thanrak;
using namespace thanrak::test;

// Many offices have 1366 × 768 screens: with a file open, no page or tab may
// ask for more width than that, in the font size the program starts with.
TEST_CASE("every page and tab fits a 1366-pixel-wide screen", "[ui]") {
    ui::applyLook(*qApp, uiFontPointSize());
    TempDir dir;
    const QString path = dir.path(QStringLiteral("district.thanrak"));
    makeDemoFile(path);
    ui::DatabaseSession session;
    session.open(path);
    ui::MainWindow window(session);
    window.resize(1366, 740);
    window.show();
    QStringList tooWide;
    for (QWidget* w : window.findChildren<QWidget*>())
        if ((qobject_cast<ui::GroupTab*>(w) || qobject_cast<ui::ModulePage*>(w)) &&
            w->minimumSizeHint().width() > 1366 - 260)  // less the navigation list
            tooWide << QStringLiteral("%1 %2")
                           .arg(QString::fromLatin1(w->metaObject()->className()))
                           .arg(w->minimumSizeHint().width());
    CAPTURE(tooWide.join(QStringLiteral(", ")).toStdString());
    CHECK(tooWide.isEmpty());
    CHECK(window.minimumSizeHint().width() <= 1366);
}
