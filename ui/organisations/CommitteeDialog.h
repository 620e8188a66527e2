#pragma once

#include "domain/Organisation.h"

#include <QDialog>

class QCheckBox;
class QTableView;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class CommitteeTableModel;

// คณะกรรมการ of one organisation: the current seats (or every term, with the
// box ticked) and a button to seat someone.
class CommitteeDialog : public QDialog {
    Q_OBJECT

public:
    CommitteeDialog(Database& database, Organisation organisation, QWidget* parent = nullptr);

    void addTerm();

private:
    void reload();

    Database& db_;
    Organisation organisation_;
    CommitteeTableModel* model_;
    QTableView* table_;
    QCheckBox* allTerms_;
};

}  // namespace thanrak::ui
