#pragma once

#include "base/Error.h"

#include <QList>
#include <QString>

namespace thanrak {

// One problem with one field of a form or a row, in words a user understands.
// `field` is the stable key of the field ("national_id", "first_name"), so a
// form can put the message next to the right box.
struct FieldProblem {
    QString field;
    QString message;
};
using FieldProblems = QList<FieldProblem>;

// Raised by a save that was refused before anything was written.
class ValidationError : public Error {
public:
    explicit ValidationError(FieldProblems problems);
    const FieldProblems& problems() const { return problems_; }

private:
    FieldProblems problems_;
};

// Throws ValidationError when `problems` is not empty.
void throwIfAny(const FieldProblems& problems);

}  // namespace thanrak
