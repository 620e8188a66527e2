#include "support/CatchQt.h"

#include "runtime/Logging.h"

#include <QFile>

#include <spdlog/spdlog.h>

TEST_CASE("the log file lives in the data folder and is written without personal data") {
    thanrak::startLogging(QStringLiteral("test"));
    spdlog::info("person 1101700230708 saved");
    spdlog::default_logger()->flush();
    QFile file(thanrak::logFilePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    CHECK(content.contains("person <เลขประจำตัว> saved"));
    CHECK_FALSE(content.contains("1101700230708"));
    thanrak::stopLogging();
}
