#include "organisations/MembershipStatus.h"

#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak::ui {

QString membershipStatus(const Membership& membership, const QDate& today) {
    if (membership.activeOn(today))
        return QCoreApplication::translate("MembershipStatus", "เป็นสมาชิก");
    if (membership.leftOn.isValid())
        return QCoreApplication::translate("MembershipStatus", "ออกเมื่อ %1")
            .arg(formatThaiDate(membership.leftOn, ThaiDateStyle::Short));
    return QCoreApplication::translate("MembershipStatus", "ยังไม่ถึงวันเข้า");
}

}  // namespace thanrak::ui
