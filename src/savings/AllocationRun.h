#pragma once

#include "allocation/AllocationInput.h"
#include "allocation/AllocationPolicy.h"
#include "allocation/AllocationResult.h"
#include "money/Money.h"
#include "money/Ratio.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace thanrak {

enum class AllocationRunStatus {
    Draft,   // ร่าง: the committee reviews it and may run it again
    Posted,  // ผ่านรายการแล้ว: in the books, never changed
};

// How a member receives their dividend and refund.
enum class PayoutMethod {
    Cash,  // จ่ายเป็นเงินสด
    Savings,  // โอนเข้าเงินสัจจะสะสมของสมาชิก
};

QString allocationRunStatusKey(AllocationRunStatus status);  // "draft", "posted"
std::optional<AllocationRunStatus> allocationRunStatusFromKey(const QString& key);
QString payoutMethodKey(PayoutMethod method);  // "cash", "savings"
std::optional<PayoutMethod> payoutMethodFromKey(const QString& key);

// The payout of a whole run: one method for everybody unless a member's own
// choice says otherwise.
struct PayoutChoice {
    PayoutMethod everyone = PayoutMethod::Cash;
    QHash<QString, PayoutMethod> byMember;  // membership id → method

    PayoutMethod of(const QString& membershipId) const {
        return byMember.value(membershipId, everyone);
    }
};

// One line of the allocation list (บัญชีรายชื่อรับเงินปันผลและเฉลี่ยคืน).
struct AllocationRunMember {
    QString membershipId;
    Money openingSavings;  // เงินสัจจะยกมาต้นปี
    Money yearEndSavings;  // เงินสัจจะ ณ วันสิ้นปี
    Ratio dividendBasis;   // satang, on the policy's basis (time-weighted or year-end); exact
    Money interestPaid;  // ดอกเบี้ยเงินกู้ที่จ่ายในปี, the refund's basis
    Money dividend;
    Money refund;
    Money total;
    std::optional<PayoutMethod> payout;  // chosen when the run is posted
};

// A year-end allocation run of one organisation and year, as stored. It keeps
// the rules version it was made under and its own copy of the policy.
struct AllocationRun {
    QString id;
    QString organisationId;
    int year = 0;  // C.E.
    AllocationRunStatus status = AllocationRunStatus::Draft;
    QString rulesId;
    QDate rulesEffectiveFrom;
    AllocationPolicy policy;
    Money netProfit;  // income − expenses of the year; zero or less allocates nothing
    std::vector<HeadResult> heads;             // in policy order
    std::vector<AllocationRunMember> members;  // in member-number order
    QStringList notes;                         // the calculator's notes for the committee
    QDate approvedOn;                          // the meeting date; entries are dated on it
    QString postedAt;
    QString closeEntryId;  // income and expenses into กำไรสุทธิรอการจัดสรร
    QString allocationEntryId;  // reserve, heads payable, members' amounts payable
    QString payoutEntryId;      // cash paid out and amounts added to savings
    QString createdAt;
    QString updatedAt;

    bool isPosted() const { return status == AllocationRunStatus::Posted; }
    const AllocationRunMember* member(const QString& membershipId) const;
    const HeadResult* head(const QString& key) const;
    // The calculator's result rebuilt from the stored rows, totals summed
    // again, so `result().reconciles()` re-checks a run read from the file.
    AllocationResult result() const;
};

// A draft made from a fresh calculation and the input it was given (members
// in the same order); the caller adds the ids and the rules version.
AllocationRun runFromResult(const AllocationResult& result, const AllocationInput& input);

// The policy copy kept with a run, as compact JSON, and back. Percentages are
// kept exactly (see exactText).
QString policyToJson(const AllocationPolicy& policy);
AllocationPolicy policyFromJson(const QString& json);

// Exact text of a ratio that is not negative: "60", "12.5" when a short
// decimal says it exactly, otherwise a fraction "7201/3".
QString exactText(const Ratio& value);
Ratio exactFromText(const QString& text);

}  // namespace thanrak
