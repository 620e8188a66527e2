#pragma once

#include "domain/PersonRepository.h"

#include <QAbstractTableModel>

namespace thanrak::ui {

// People found by the search, in the core's Thai order. IDs are masked.
class PersonTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, NationalId, BirthDate, Village, Organisations, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPeople(QList<PersonSummary> people);
    const PersonSummary& at(int row) const { return rows_.at(row); }
    int findId(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const PersonSummary& row, int column) const;

    QList<PersonSummary> rows_;
};

}  // namespace thanrak::ui
