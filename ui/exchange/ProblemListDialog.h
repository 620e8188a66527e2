#pragma once

#include "base/Error.h"

#include <QDialog>
#include <QList>

namespace thanrak::ui {

class ListTable;

// Every problem found in a file the user tried to bring in, one per line with
// the file, row and column, so the file can be fixed in one go. Says that
// nothing was written.
class ProblemListDialog : public QDialog {
    Q_OBJECT

public:
    ProblemListDialog(const QString& heading, const QList<Error>& problems, QWidget* parent = nullptr);

    ListTable* table() const { return table_; }

private:
    ListTable* table_;
};

}  // namespace thanrak::ui
