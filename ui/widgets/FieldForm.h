#pragma once

#include "domain/Validation.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QGridLayout;

namespace thanrak::ui {

class FieldMessage;

// A form of labelled rows, each with room under it for the core's message
// about that field. Rows are keyed by the core's field names ("first_name"),
// so a FieldProblem lands under the box it is about. Rows can go in two
// columns side by side, so a long form still fits a 768-pixel-high screen.
class FieldForm : public QWidget {
    Q_OBJECT

public:
    explicit FieldForm(QWidget* parent = nullptr);

    // `field` empty: a row the core has no rule for. `column` 0 or 1.
    void addRow(const QString& label, QWidget* editor, const QString& field = {}, int column = 0);
    // A second field key whose problems show under the same row (e.g. a
    // person picker answers for both "person_id" and "member_no").
    void alsoShow(const QString& field, const QString& underField);

    // Shows each problem of a field in `visible` under its row and clears the
    // others. Returns the problems that have no row, for the dialog to show.
    FieldProblems showProblems(const FieldProblems& problems, const QSet<QString>& visible);

    FieldMessage* messageFor(const QString& field) const { return messages_.value(field); }

private:
    QGridLayout* columns_[2];
    QHash<QString, FieldMessage*> messages_;
    QHash<QString, QString> aliases_;
};

}  // namespace thanrak::ui
