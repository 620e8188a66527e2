#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

// Reports lay Thai text out with the system's fonts, which needs a
// QGuiApplication (offscreen under CTest).
int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Thanrak"));
    QCoreApplication::setApplicationName(QStringLiteral("thanrak-tests"));
    return Catch::Session().run(argc, argv);
}
