#include "runtime/Logging.h"

#include "runtime/AppPaths.h"
#include "runtime/LogRedaction.h"

#include <QDir>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace thanrak {

namespace {
// Wraps the file sink and rewrites each message before it is formatted.
class RedactingSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit RedactingSink(std::shared_ptr<spdlog::sinks::sink> inner) : inner_(std::move(inner)) {}

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        const std::string clean =
            redactPersonalData(std::string(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy(msg);
        copy.payload = clean;
        inner_->log(copy);
    }
    void flush_() override { inner_->flush(); }

private:
    std::shared_ptr<spdlog::sinks::sink> inner_;
};
}  // namespace

QString logFilePath() {
    return QDir(logFolder()).filePath(QStringLiteral("thanrak.log"));
}

void startLogging(const QString& programName) {
    auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
        logFilePath().toStdString(), 2 * 1024 * 1024, 5);
    auto sink = std::make_shared<RedactingSink>(file);
    auto logger = std::make_shared<spdlog::logger>(programName.toStdString(), sink);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%n] %l: %v");
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

void stopLogging() {
    spdlog::shutdown();
}

}  // namespace thanrak
