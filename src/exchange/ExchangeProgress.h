#pragma once

#include <QString>

#include <functional>

namespace thanrak {

// Told what is being done (a Thai phrase) and how far it is; returning false
// asks to stop. A stopped import or export leaves nothing behind.
using ExchangeProgress = std::function<bool(const QString& step, qint64 done, qint64 total)>;

enum class ExchangeDirection { Export, Import };

// Tells `progress` (when there is one); throws ExchangeError
// "exchange.cancelled" with the Thai message for `direction` when the user
// asked to stop.
void reportProgress(const ExchangeProgress& progress, ExchangeDirection direction, const QString& step,
                    qint64 done, qint64 total);

}  // namespace thanrak
