#pragma once

#include "base/Error.h"
#include "domain/Person.h"
#include "intake/IntakeMapping.h"
#include "intake/SheetFile.h"
#include "money/Money.h"

#include <QList>

namespace thanrak {

class Database;

// One row of the user's sheet, read and checked: the person (new, or one
// already in the file with the same national ID), the membership and the
// savings brought forward. Problems name the row and the sheet's column.
struct IntakeRow {
    int row = 0;  // the spreadsheet's row number
    Person person;
    bool existingPerson = false;
    QString memberNo;
    QDate joinedOn;
    int shares = 0;  // 0 = not given
    Money openingSavings;
    QList<Error> problems;

    bool clean() const { return problems.isEmpty(); }
};

struct IntakePlan {
    QString organisationId;
    QList<IntakeRow> rows;

    int cleanRows() const;
    QList<Error> problems() const;
};

// Reads every data row of `sheet` with `mapping` for the organisation: Thai
// digits, thousands separators, B.E. or C.E. years, Thai text tidied (zero-
// width and stray spaces), names split from a full-name column. Writes
// nothing. Blank rows are skipped.
IntakePlan planIntake(Database& database, const QString& organisationId, const Sheet& sheet,
                      const IntakeMapping& mapping, const QString& fileName);

struct IntakeResult {
    int people = 0;   // new people
    int members = 0;  // new memberships
    Money openingSavings;
};

// Writes the clean rows in one transaction: people, memberships, pledges and
// one entry of savings brought forward (Dr cash / Cr each member's savings)
// on the mapping's opening date. Throws (and writes nothing) if the file
// changed since the plan was made so that a row no longer fits.
IntakeResult applyIntake(Database& database, const IntakePlan& plan, const IntakeMapping& mapping);

}  // namespace thanrak
