#pragma once

#include "savings/MeetingSheet.h"

#include <QAbstractTableModel>

namespace thanrak::ui {

// The meeting sheet as a table: what each member owes, then the amounts the
// treasurer types (prefilled with what is due), then what the member paid.
class MeetingSheetModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        MemberNo,
        Name,
        SajjaDue,
        FineDue,
        LoanDue,
        SajjaPaid,
        DepositPaid,
        FinePaid,
        LoanPaid,
        TotalPaid,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSheet(MeetingSheet sheet, bool readOnly);
    const MeetingSheet& sheet() const { return sheet_; }
    bool isEditable(const QModelIndex& index) const;
    void clearRow(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // A typed amount was refused; `message` says why, in Thai.
    void refused(const QString& message);
    void totalsChanged();

private:
    QVariant display(const SheetRow& row, int column) const;
    QString toolTip(const SheetRow& row, int column) const;

    MeetingSheet sheet_;
    bool readOnly_ = false;
};

}  // namespace thanrak::ui
