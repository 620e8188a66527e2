#include "people/PersonTableModel.h"

#include "thai/NationalId.h"
#include "thai/ThaiDate.h"
#include "widgets/ItemRoles.h"

namespace thanrak::ui {

void PersonTableModel::setPeople(QList<PersonSummary> people) {
    beginResetModel();
    rows_ = std::move(people);
    endResetModel();
}

int PersonTableModel::findId(const QString& id) const {
    for (int row = 0; row < rows_.size(); ++row)
        if (rows_.at(row).person.id == id)
            return row;
    return -1;
}

int PersonTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PersonTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::display(const PersonSummary& row, int column) const {
    const Person& p = row.person;
    switch (column) {
        case Name:
            return personDisplayName(p);
        case NationalId:
            return p.nationalId.isEmpty() ? QString() : maskNationalId(p.nationalId);
        // The full B.E. year: a two-digit year is ambiguous across a lifetime.
        case BirthDate:
            return formatThaiDate(p.birthDate, ThaiDateStyle::Numeric);
        case Village:
            return row.villageLabel;
        case Organisations:
            return row.organisations;
    }
    return {};
}

QVariant PersonTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const PersonSummary& row = rows_.at(index.row());
    if (role == Qt::DisplayRole)
        return display(row, index.column());
    if (role == Qt::TextAlignmentRole && index.column() == Organisations)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != SortRole)
        return {};
    switch (index.column()) {
        case Name:
            return index.row();  // the core's Thai order of first name, then surname
        case BirthDate:
            return row.person.birthDate;
        case Village:
            return row.person.villageCode;
        default:
            return display(row, index.column());
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Name:
            return tr("ชื่อ-สกุล");
        case NationalId:
            return tr("เลขประจำตัวประชาชน");
        case BirthDate:
            return tr("วันเกิด");
        case Village:
            return tr("หมู่บ้าน");
        case Organisations:
            return tr("องค์กร");
    }
    return {};
}

}  // namespace thanrak::ui
