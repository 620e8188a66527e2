#include "organisations/OrganisationTableModel.h"

#include "thai/ThaiDate.h"
#include "widgets/ItemRoles.h"

namespace thanrak::ui {

void OrganisationTableModel::setOrganisations(QList<OrganisationSummary> organisations) {
    beginResetModel();
    rows_ = std::move(organisations);
    endResetModel();
}

int OrganisationTableModel::findId(const QString& id) const {
    for (int row = 0; row < rows_.size(); ++row)
        if (rows_.at(row).organisation.id == id)
            return row;
    return -1;
}

int OrganisationTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int OrganisationTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationTableModel::display(const OrganisationSummary& row, int column) const {
    const Organisation& o = row.organisation;
    switch (column) {
        case Code:
            return o.code;
        case Name:
            return o.name;
        case Kind:
            return organisationKindLabel(o.kind);
        case Village:
            return row.villageLabel;
        case Subdistrict:
            return row.subdistrictName;
        case Registered:
            return formatThaiDate(o.registeredOn, ThaiDateStyle::Short);
        case Members:
            return row.activeMembers;
    }
    return {};
}

QVariant OrganisationTableModel::sortKey(const OrganisationSummary& row, int column) const {
    switch (column) {
        case Village:
            return row.organisation.villageCode;  // หมู่ที่ order, not by name
        case Registered:
            return row.organisation.registeredOn;
        default:
            return display(row, column);
    }
}

QVariant OrganisationTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const OrganisationSummary& row = rows_.at(index.row());
    if (role == Qt::DisplayRole)
        return display(row, index.column());
    if (role == SortRole)
        return sortKey(row, index.column());
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Code:
            return tr("รหัส");
        case Name:
            return tr("ชื่อองค์กร");
        case Kind:
            return tr("ประเภท");
        case Village:
            return tr("หมู่บ้าน");
        case Subdistrict:
            return tr("ตำบล");
        case Registered:
            return tr("จดทะเบียน");
        case Members:
            return tr("สมาชิก");
    }
    return {};
}

}  // namespace thanrak::ui
