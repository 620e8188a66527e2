#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Thanrak"));
    QCoreApplication::setApplicationName(QStringLiteral("thanrak-tests"));
    return Catch::Session().run(argc, argv);
}
