#include "domain/CommitteeTerm.h"

#include "base/EnumKeys.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Committee)
};

constexpr EnumKeys<Committee, 5> kCommittees({{{Committee::Executive, "executive"},
                                               {Committee::Loan, "loan"},
                                               {Committee::Audit, "audit"},
                                               {Committee::Promotion, "promotion"},
                                               {Committee::Other, "other"}}});

constexpr EnumKeys<CommitteeRole, 6> kRoles({{{CommitteeRole::Chair, "chair"},
                                              {CommitteeRole::ViceChair, "vice_chair"},
                                              {CommitteeRole::Secretary, "secretary"},
                                              {CommitteeRole::Treasurer, "treasurer"},
                                              {CommitteeRole::Member, "member"},
                                              {CommitteeRole::Advisor, "advisor"}}});
}  // namespace

QList<Committee> allCommittees() {
    const auto values = kCommittees.values();
    return QList<Committee>(values.begin(), values.end());
}

QList<CommitteeRole> allCommitteeRoles() {
    const auto values = kRoles.values();
    return QList<CommitteeRole>(values.begin(), values.end());
}

QString committeeKey(Committee committee) {
    return kCommittees.key(committee);
}

QString committeeRoleKey(CommitteeRole role) {
    return kRoles.key(role);
}

std::optional<Committee> committeeFromKey(const QString& key) {
    return kCommittees.fromKey(key);
}

std::optional<CommitteeRole> committeeRoleFromKey(const QString& key) {
    return kRoles.fromKey(key);
}

QString committeeLabel(Committee committee) {
    switch (committee) {
        case Committee::Executive:
            return Text::tr("คณะกรรมการอำนวยการ");
        case Committee::Loan:
            return Text::tr("คณะกรรมการเงินกู้");
        case Committee::Audit:
            return Text::tr("คณะกรรมการตรวจสอบ");
        case Committee::Promotion:
            return Text::tr("คณะกรรมการส่งเสริม");
        case Committee::Other:
            return Text::tr("คณะกรรมการอื่น");
    }
    return {};
}

QString committeeRoleLabel(CommitteeRole role) {
    switch (role) {
        case CommitteeRole::Chair:
            return Text::tr("ประธาน");
        case CommitteeRole::ViceChair:
            return Text::tr("รองประธาน");
        case CommitteeRole::Secretary:
            return Text::tr("เลขานุการ");
        case CommitteeRole::Treasurer:
            return Text::tr("เหรัญญิก");
        case CommitteeRole::Member:
            return Text::tr("กรรมการ");
        case CommitteeRole::Advisor:
            return Text::tr("ที่ปรึกษา");
    }
    return {};
}

QDate defaultTermEnd(const QDate& termStart) {
    return termStart.isValid() ? termStart.addYears(2).addDays(-1) : QDate();
}

FieldProblems validateCommitteeTerm(const CommitteeTerm& term) {
    FieldProblems problems;
    if (term.personId.isEmpty())
        problems.append({QStringLiteral("person_id"), Text::tr("กรุณาเลือกกรรมการ")});
    if (!term.termStart.isValid())
        problems.append({QStringLiteral("term_start"), Text::tr("กรุณาใส่วันเริ่มวาระ")});
    if (term.termEnd.isValid() && term.termStart.isValid() && term.termEnd < term.termStart)
        problems.append({QStringLiteral("term_end"), Text::tr("วันสิ้นสุดวาระต้องไม่ก่อนวันเริ่มวาระ")});
    return problems;
}

}  // namespace thanrak
