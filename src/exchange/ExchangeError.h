#pragma once

#include "base/Error.h"

#include <QList>

namespace thanrak {

// A bundle or import refused. Carries every problem found (each with its file,
// row and column), not only the first, so the user can fix a file in one go.
// The message is the first problem with a count of the others.
// At most this many problems are gathered before a check stops.
inline constexpr int kMaxListedProblems = 50;

class ExchangeError : public Error {
public:
    ExchangeError(QString code, QString message, ErrorLocation where = {});
    ExchangeError(QString code, const QList<Error>& problems);

    const QList<Error>& problems() const noexcept { return problems_; }

private:
    QList<Error> problems_;
};

}  // namespace thanrak
