#pragma once

#include "domain/Membership.h"
#include "money/Money.h"
#include "savings/BeneficiaryRepository.h"
#include "savings/PledgeRepository.h"
#include "savings/Receipt.h"

#include <QList>

#include <optional>

namespace thanrak {

class Database;

struct JoinRequest {
    QString organisationId;
    QString personId;
    QDate joinedOn;
    int shares = 0;    // pledged a month
    QString memberNo;  // empty: the next free number
};

struct Joined {
    Membership membership;
    Pledge pledge;
    std::optional<Receipt> feeReceipt;  // none when the rules charge no fee
};

struct LeaveOptions {
    // Settle open loans from the member's sajja savings (หักกลบลบหนี้) before
    // paying out the rest; without it a member with open loans cannot leave.
    bool offsetLoans = false;
};

struct Departure {
    Membership membership;
    QList<Receipt> offsetReceipts;  // one per loan settled from savings
    Money paidOut;                  // savings, deposits and shares handed back in cash
    QString payoutEntryId;          // empty when nothing was left to pay
};

// Joining and leaving a group, and what a member promises on the way. Each
// call is one transaction; nothing is written when it throws.
class MemberService {
public:
    explicit MemberService(Database& database) : db_(database) {}

    // Membership, pledge (within the rules' min/max shares), and the entrance
    // fee receipt (Dr cash / Cr fee income) of the rules in force that day.
    Joined join(const JoinRequest& request);
    Pledge changePledge(const QString& membershipId, const QDate& effectiveFrom, int shares);
    // Refuses while applications are pending, and while loans are open unless
    // `offsetLoans`: then each loan's payoff on `day` (principal, interest
    // accrued to the day, fines) is taken from the member's savings first.
    // What remains of savings, deposits and shares is paid out in cash
    // (Dr the member's accounts / Cr cash), and left_on is set.
    Departure leave(const QString& membershipId, const QDate& day,
                    const LeaveOptions& options = {});
    void setBeneficiaries(const QString& membershipId, QList<Beneficiary>& beneficiaries);

private:
    Membership requireActive(const QString& membershipId, const QDate& day);
    QList<Receipt> offsetLoans(const Membership& member, const QDate& day);
    void refuseOpenLoans(const Membership& member, const LeaveOptions& options);
    std::pair<Money, QString> payOut(const Membership& member, const QDate& day);

    Database& db_;
};

}  // namespace thanrak
