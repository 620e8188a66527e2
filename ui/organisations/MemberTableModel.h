#pragma once

#include "domain/MembershipRepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace thanrak::ui {

// Members of one organisation, in the core's member-number order. National IDs
// are masked: the list is on screen where others can see it.
class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { MemberNo, Name, NationalId, Joined, Status, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMembers(QList<MemberRow> members, const QDate& today);
    const MemberRow& at(int row) const { return rows_.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const MemberRow& row, int column) const;
    QVariant sortKey(int row, int column) const;

    QList<MemberRow> rows_;
    QDate today_;
};

}  // namespace thanrak::ui
