#include "organisations/CommitteeTableModel.h"

#include "thai/ThaiDate.h"
#include "widgets/ItemRoles.h"

namespace thanrak::ui {

void CommitteeTableModel::setTerms(QList<CommitteeRow> terms) {
    beginResetModel();
    rows_ = std::move(terms);
    endResetModel();
}

int CommitteeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CommitteeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitteeTableModel::display(const CommitteeRow& row, int column) const {
    const CommitteeTerm& t = row.term;
    switch (column) {
        case CommitteeName:
            return committeeLabel(t.committee);
        case Role:
            return committeeRoleLabel(t.role);
        case Name:
            return row.personName;
        case TermStart:
            return formatThaiDate(t.termStart, ThaiDateStyle::Short);
        case TermEnd:
            return t.termEnd.isValid() ? formatThaiDate(t.termEnd, ThaiDateStyle::Short)
                                       : tr("ไม่กำหนด");
    }
    return {};
}

QVariant CommitteeTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const CommitteeRow& row = rows_.at(index.row());
    if (role == Qt::DisplayRole)
        return display(row, index.column());
    if (role != SortRole)
        return {};
    switch (index.column()) {
        case CommitteeName:
        case Role:
            return index.row();  // the core's order: chair before members
        case TermStart:
            return row.term.termStart;
        case TermEnd:
            return row.term.termEnd;
        default:
            return display(row, index.column());
    }
}

QVariant CommitteeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case CommitteeName:
            return tr("คณะกรรมการ");
        case Role:
            return tr("ตำแหน่ง");
        case Name:
            return tr("ชื่อ-สกุล");
        case TermStart:
            return tr("เริ่มวาระ");
        case TermEnd:
            return tr("สิ้นสุดวาระ");
    }
    return {};
}

}  // namespace thanrak::ui
