#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

// Reports lay Thai text out with the system's fonts, which needs a
// QGuiApplication (offscreen under CTest).
int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    // Golden PDF text depends on the font's shapes: the one every Debian 12 has.
    qputenv("THANRAK_REPORT_FONT", "Laksaman");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Thanrak"));
    QCoreApplication::setApplicationName(QStringLiteral("thanrak-tests"));
    return Catch::Session().run(argc, argv);
}
