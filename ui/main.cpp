#include "app/AppController.h"
#include "base/Version.h"
#include "runtime/Logging.h"

#include <QApplication>

// thanrak [FILE]: opens FILE when given, else shows the start page.
int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Thanrak"));
    QApplication::setApplicationName(QStringLiteral("Thanrak"));
    QApplication::setApplicationVersion(thanrak::programVersion());
    thanrak::startLogging(QStringLiteral("thanrak"));
    int status = 0;
    {
        thanrak::ui::AppController controller;
        controller.start(app.arguments().value(1));
        status = QApplication::exec();
    }
    thanrak::stopLogging();
    return status;
}
