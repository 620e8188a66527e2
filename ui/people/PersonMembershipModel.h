#pragma once

#include "domain/MembershipRepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace thanrak::ui {

// The organisations one person belongs or belonged to.
class PersonMembershipModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Organisation, MemberNo, Joined, Status, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMemberships(QList<PersonMembershipRow> rows, const QDate& today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const PersonMembershipRow& row, int column) const;

    QList<PersonMembershipRow> rows_;
    QDate today_;
};

}  // namespace thanrak::ui
