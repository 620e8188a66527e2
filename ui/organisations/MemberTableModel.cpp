#include "organisations/MemberTableModel.h"

#include "organisations/MembershipStatus.h"
#include "thai/NationalId.h"
#include "thai/ThaiDate.h"
#include "widgets/ItemRoles.h"

namespace thanrak::ui {

void MemberTableModel::setMembers(QList<MemberRow> members, const QDate& today) {
    beginResetModel();
    rows_ = std::move(members);
    today_ = today;
    endResetModel();
}

int MemberTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::display(const MemberRow& row, int column) const {
    const Membership& m = row.membership;
    switch (column) {
        case MemberNo:
            return m.memberNo;
        case Name:
            return personDisplayName(row.person);
        case NationalId:
            return row.person.nationalId.isEmpty() ? QString()
                                                   : maskNationalId(row.person.nationalId);
        case Joined:
            return formatThaiDate(m.joinedOn, ThaiDateStyle::Short);
        case Status:
            return membershipStatus(m, today_);
    }
    return {};
}

QVariant MemberTableModel::sortKey(int row, int column) const {
    const MemberRow& member = rows_.at(row);
    switch (column) {
        case MemberNo:
            return row;  // the core's order: numbers as numbers
        case Name:
            return member.person.firstName + QLatin1Char(' ') + member.person.lastName;
        case Joined:
            return member.membership.joinedOn;
        default:
            return display(member, column);
    }
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    if (role == Qt::DisplayRole)
        return display(rows_.at(index.row()), index.column());
    if (role == SortRole)
        return sortKey(index.row(), index.column());
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case MemberNo:
            return tr("เลขที่");
        case Name:
            return tr("ชื่อ-สกุล");
        case NationalId:
            return tr("เลขประจำตัวประชาชน");
        case Joined:
            return tr("วันที่เข้า");
        case Status:
            return tr("สถานะ");
    }
    return {};
}

}  // namespace thanrak::ui
