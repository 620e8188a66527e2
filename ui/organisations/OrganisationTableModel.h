#pragma once

#include "domain/OrganisationRepository.h"

#include <QAbstractTableModel>

namespace thanrak::ui {

// The organisations the core listed, one per row.
class OrganisationTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Kind, Village, Subdistrict, Registered, Members, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOrganisations(QList<OrganisationSummary> organisations);
    const OrganisationSummary& at(int row) const { return rows_.at(row); }
    int findId(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const OrganisationSummary& row, int column) const;
    QVariant sortKey(const OrganisationSummary& row, int column) const;

    QList<OrganisationSummary> rows_;
};

}  // namespace thanrak::ui
