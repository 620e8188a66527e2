#include "exchange/ExchangeError.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
QString summarise(const QList<Error>& problems) {
    if (problems.isEmpty())
        return {};
    QString text = problems.front().fullMessage();
    if (problems.size() > 1)
        text += QCoreApplication::translate("Exchange", " (และปัญหาอื่นอีก %1 รายการ)")
                    .arg(problems.size() - 1);
    return text;
}
}  // namespace

ExchangeError::ExchangeError(QString code, QString message, ErrorLocation where)
    : Error(code, message, where) {
    problems_ << Error(std::move(code), std::move(message), std::move(where));
}

ExchangeError::ExchangeError(QString code, const QList<Error>& problems)
    : Error(std::move(code), summarise(problems)), problems_(problems) {}

}  // namespace thanrak
