#pragma once

#include "domain/CommitteeRepository.h"

#include <QAbstractTableModel>

namespace thanrak::ui {

// Committee seats of one organisation, in the core's order (committee, role, name).
class CommitteeTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CommitteeName, Role, Name, TermStart, TermEnd, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setTerms(QList<CommitteeRow> terms);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const CommitteeRow& row, int column) const;

    QList<CommitteeRow> rows_;
};

}  // namespace thanrak::ui
