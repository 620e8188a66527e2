#pragma once

#include "domain/Validation.h"
#include "savings/LoanProduct.h"

#include <QList>

namespace thanrak {

// A member named as guarantor (ผู้ค้ำประกัน), with what they already guarantee.
struct GuarantorCandidate {
    QString membershipId;
    QString personId;
    QString name;
    bool activeMember = true;
    int currentGuarantees = 0;  // open loans they guarantee now
    Money currentExposure;      // outstanding principal of those loans
};

struct GuaranteeRequest {
    QString borrowerPersonId;
    QString borrowerSpousePersonId;  // empty when unknown or unmarried
    Money amount;
};

// The regulation's guarantor rules: enough guarantors above the threshold,
// never the borrower or the borrower's spouse, no one twice, only active
// members, no more guarantees than the product allows per member, and each
// guarantor's exposure (they answer for the whole loan) within the limit.
FieldProblems checkGuarantors(const LoanProduct& product, const GuaranteeRequest& request,
                              const QList<GuarantorCandidate>& guarantors);

}  // namespace thanrak
