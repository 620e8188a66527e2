#pragma once

#include "domain/Validation.h"
#include "money/Money.h"
#include "money/Ratio.h"

#include <optional>

class QLineEdit;

namespace thanrak::ui {

// A number typed in a form box, read the way the core reads amounts (thousands
// separators, Thai digits). When the text cannot be read, the reason is added
// to `problems` under `field` and nothing is returned.
std::optional<Money> readMoney(const QLineEdit* edit, const QString& field,
                               FieldProblems& problems);
std::optional<Ratio> readDecimal(const QLineEdit* edit, const QString& field,
                                 FieldProblems& problems);
std::optional<int> readInteger(const QLineEdit* edit, const QString& field,
                               FieldProblems& problems);

}  // namespace thanrak::ui
