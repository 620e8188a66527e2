#include "domain/Membership.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Membership)
};
}  // namespace

FieldProblems validateMembership(const Membership& m, const QDate& today) {
    FieldProblems problems;
    if (m.organisationId.isEmpty())
        problems.append({QStringLiteral("organisation_id"), Text::tr("กรุณาเลือกองค์กร")});
    if (m.personId.isEmpty())
        problems.append({QStringLiteral("person_id"), Text::tr("กรุณาเลือกบุคคลที่จะเป็นสมาชิก")});
    if (m.memberNo.trimmed().isEmpty())
        problems.append({QStringLiteral("member_no"), Text::tr("กรุณาใส่เลขทะเบียนสมาชิก")});
    if (!m.joinedOn.isValid())
        problems.append({QStringLiteral("joined_on"), Text::tr("กรุณาใส่วันที่เข้าเป็นสมาชิก")});
    else if (m.joinedOn > today)
        problems.append({QStringLiteral("joined_on"), Text::tr("วันที่เข้าเป็นสมาชิกต้องไม่เกินวันนี้")});
    if (m.leftOn.isValid() && m.joinedOn.isValid() && m.leftOn < m.joinedOn)
        problems.append({QStringLiteral("left_on"), Text::tr("วันที่ออกต้องไม่ก่อนวันที่เข้าเป็นสมาชิก")});
    return problems;
}

}  // namespace thanrak
