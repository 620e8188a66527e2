#include "people/PersonMembershipModel.h"

#include "organisations/MembershipStatus.h"
#include "thai/ThaiDate.h"
#include "widgets/ItemRoles.h"

namespace thanrak::ui {

void PersonMembershipModel::setMemberships(QList<PersonMembershipRow> rows, const QDate& today) {
    beginResetModel();
    rows_ = std::move(rows);
    today_ = today;
    endResetModel();
}

int PersonMembershipModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PersonMembershipModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonMembershipModel::display(const PersonMembershipRow& row, int column) const {
    const Membership& m = row.membership;
    switch (column) {
        case Organisation:
            return QStringLiteral("%1 (%2)").arg(row.organisationName, row.organisationCode);
        case MemberNo:
            return m.memberNo;
        case Joined:
            return formatThaiDate(m.joinedOn, ThaiDateStyle::Short);
        case Status:
            return membershipStatus(m, today_);
    }
    return {};
}

QVariant PersonMembershipModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const PersonMembershipRow& row = rows_.at(index.row());
    if (role == Qt::DisplayRole)
        return display(row, index.column());
    if (role == SortRole)
        return index.column() == Joined ? QVariant(row.membership.joinedOn)
                                        : display(row, index.column());
    return {};
}

QVariant PersonMembershipModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Organisation:
            return tr("องค์กร");
        case MemberNo:
            return tr("เลขที่สมาชิก");
        case Joined:
            return tr("วันที่เข้า");
        case Status:
            return tr("สถานะ");
    }
    return {};
}

}  // namespace thanrak::ui
