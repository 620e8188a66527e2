#pragma once

#include "domain/Validation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace thanrak {

enum class Committee { Executive, Loan, Audit, Promotion, Other };  // อำนวยการ เงินกู้ ตรวจสอบ ส่งเสริม
enum class CommitteeRole { Chair, ViceChair, Secretary, Treasurer, Member, Advisor };

QList<Committee> allCommittees();
QList<CommitteeRole> allCommitteeRoles();
QString committeeKey(Committee committee);
QString committeeRoleKey(CommitteeRole role);
std::optional<Committee> committeeFromKey(const QString& key);
std::optional<CommitteeRole> committeeRoleFromKey(const QString& key);
QString committeeLabel(Committee committee);
QString committeeRoleLabel(CommitteeRole role);

// One person's seat on one committee for one term (วาระ), usually 2 years.
struct CommitteeTerm {
    QString id;
    QString organisationId;
    QString personId;
    Committee committee = Committee::Executive;
    CommitteeRole role = CommitteeRole::Member;
    QDate termStart;
    QDate termEnd;  // null while open-ended
    QString createdAt;
    QString updatedAt;
};

// Default term length of DOMAIN.md §2: two years less a day.
QDate defaultTermEnd(const QDate& termStart);

FieldProblems validateCommitteeTerm(const CommitteeTerm& term);

}  // namespace thanrak
