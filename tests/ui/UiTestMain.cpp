#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

// Like tests/support/TestMain.cpp, but widgets need a QApplication. Test mode
// keeps settings and recent files away from a user's real ones.
int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Thanrak"));
    QApplication::setApplicationName(QStringLiteral("thanrak-ui-tests"));
    return Catch::Session().run(argc, argv);
}
