#include "savings/MemberService.h"

#include "domain/MembershipRepository.h"
#include "savings/GroupRulesRepository.h"
#include "savings/ReceiptPosting.h"
#include "savings/SavingsError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

// The rules in force on `day`, or a problem on `field` asking for them.
std::optional<GroupRulesVersion> rulesFor(Database& db, const QString& organisationId,
                                          const QDate& day, const char* field,
                                          FieldProblems& problems) {
    std::optional<GroupRulesVersion> rules =
        day.isValid() ? GroupRulesRepository(db).current(organisationId, day) : std::nullopt;
    if (!rules)
        problems.append(
            {QLatin1String(field),
             Text::tr("ยังไม่มีระเบียบกลุ่มที่ใช้ในวันที่ %1 กรุณาบันทึกระเบียบกลุ่มก่อน").arg(formatThaiDate(day))});
    return rules;
}
}  // namespace

Joined MemberService::join(const JoinRequest& request) {
    Transaction transaction(db_.connection());
    MembershipRepository memberships(db_);
    Joined joined;
    Membership& m = joined.membership;
    m.organisationId = request.organisationId;
    m.personId = request.personId;
    m.joinedOn = request.joinedOn;
    m.memberNo = request.memberNo.trimmed().isEmpty()
                     ? memberships.nextMemberNo(request.organisationId)
                     : request.memberNo.trimmed();
    FieldProblems problems = memberships.check(m);
    const std::optional<GroupRulesVersion> rules =
        rulesFor(db_, request.organisationId, request.joinedOn, "joined_on", problems);
    if (rules)
        problems += checkPledge(rules->rules, request.shares);
    throwIfAny(problems);
    memberships.save(m);
    joined.pledge = {{}, m.id, m.joinedOn, request.shares};
    PledgeRepository(db_).save(joined.pledge);
    const Money fee = rules->rules.entranceFee;
    if (fee.isPositive())
        joined.feeReceipt =
            ReceiptPosting(db_).post({m.organisationId,
                                      m.joinedOn,
                                      m.id,
                                      {},
                                      PaymentMethod::Cash,
                                      {{ReceiptLineKind::EntranceFee, fee, {}, 0, {}, {}}}});
    transaction.commit();
    return joined;
}

Pledge MemberService::changePledge(const QString& membershipId, const QDate& effectiveFrom,
                                   int shares) {
    Transaction transaction(db_.connection());
    const Membership member = requireActive(membershipId, effectiveFrom);
    FieldProblems problems;
    if (const auto rules =
            rulesFor(db_, member.organisationId, effectiveFrom, "effective_from", problems))
        problems += checkPledge(rules->rules, shares);
    throwIfAny(problems);
    Pledge pledge{{}, membershipId, effectiveFrom, shares};
    PledgeRepository(db_).save(pledge);
    transaction.commit();
    return pledge;
}

void MemberService::setBeneficiaries(const QString& membershipId,
                                     QList<Beneficiary>& beneficiaries) {
    BeneficiaryRepository(db_).save(membershipId, beneficiaries);
}

Membership MemberService::requireActive(const QString& membershipId, const QDate& day) {
    const std::optional<Membership> member = MembershipRepository(db_).find(membershipId);
    if (!member)
        throw SavingsError(QStringLiteral("savings.member"), Text::tr("ไม่พบสมาชิกนี้ในไฟล์"));
    if (!day.isValid() || !member->leftOn.isNull() || day < member->joinedOn)
        throw SavingsError(QStringLiteral("savings.member"),
                           Text::tr("สมาชิกเลขทะเบียน %1 ไม่ได้เป็นสมาชิกอยู่ในวันที่ %2")
                               .arg(member->memberNo, formatThaiDate(day)));
    return *member;
}

}  // namespace thanrak
