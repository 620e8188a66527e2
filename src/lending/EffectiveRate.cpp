#include "lending/EffectiveRate.h"

#include "lending/LendingError.h"
#include "money/BigInt.h"
#include "money/MoneyFormat.h"

#include <QCoreApplication>

namespace thanrak {

namespace {

// The rate is searched as N / 2^kFractionBits; 64 bits resolve it far below
// anything shown (0.01 % a year is about 2^-17 a month).
constexpr unsigned kFractionBits = 64;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Lending)
};

void checkCashFlows(Money principal, const std::vector<Money>& payments) {
    bool anyPositive = false;
    bool anyNegative = false;
    for (Money payment : payments) {
        anyPositive = anyPositive || payment.isPositive();
        anyNegative = anyNegative || payment.isNegative();
    }
    if (!principal.isPositive() || !anyPositive || anyNegative)
        throw LendingError(QStringLiteral("loan.rate"),
                           Text::tr("คำนวณอัตราดอกเบี้ยที่แท้จริงไม่ได้: เงินต้นต้องมากกว่าศูนย์ "
                                    "และยอดผ่อนต้องไม่ติดลบโดยมีอย่างน้อยหนึ่งงวดที่มากกว่าศูนย์"));
}

// Whether the payments discounted at i = numerator / 2^b are worth at least the
// principal, i.e. the rate of return is at least i. Multiplying Σ p_k (1+i)^−k − P
// by (2^b + numerator)^n (positive) leaves only integers, summed by Horner's rule:
//   acc = −P;  acc = acc·(2^b + numerator) + p_k·2^(b·k)  for k = 1..n.
bool worthAtLeastPrincipal(const BigInt& principal, const std::vector<BigInt>& payments,
                           const BigInt& numerator) {
    const BigInt growth = (BigInt(1) << kFractionBits) + numerator;
    BigInt acc = -principal;
    unsigned shift = 0;
    for (const BigInt& payment : payments) {
        shift += kFractionBits;
        acc = acc * growth + (payment << shift);
    }
    return acc.sign() >= 0;
}

}  // namespace

Ratio monthlyInternalRate(Money principal, const std::vector<Money>& monthlyPayments) {
    checkCashFlows(principal, monthlyPayments);
    const BigInt p(principal.satang());
    std::vector<BigInt> payments;
    for (Money payment : monthlyPayments) payments.emplace_back(payment.satang());
    const BigInt one = BigInt(1) << kFractionBits;
    const auto atLeast = [&](const BigInt& n) { return worthAtLeastPrincipal(p, payments, n); };
    // Invariant: the rate is at least lo/2^b and below hi/2^b.
    BigInt lo = 0;
    BigInt hi = one;
    if (atLeast(lo)) {
        while (atLeast(hi)) {
            lo = hi;
            hi *= 2;
        }
    } else {
        // Payments below the principal; at i = −1 + 2^-b they are worth at least
        // 2^b satang, more than any principal.
        lo = 1 - one;
        hi = 0;
    }
    while (hi - lo > 1) {
        const BigInt mid = (lo + hi) / 2;
        if (atLeast(mid))
            lo = mid;
        else
            hi = mid;
    }
    return Ratio(lo, one);
}

Ratio nominalAnnualRate(const LoanTerms& terms, const std::vector<Instalment>& schedule) {
    if (terms.method == InterestMethod::Maturity && schedule.size() == 1) {
        const qint64 days = terms.startDate.daysTo(schedule.front().dueDate);
        if (days > 0 && terms.principal.isPositive())
            return schedule.front().interest.ratioTo(terms.principal) *
                   Ratio(kInterestDaysPerYear, days);
    }
    std::vector<Money> payments;
    for (const Instalment& row : schedule) payments.push_back(row.payment);
    return Ratio(12) * monthlyInternalRate(terms.principal, payments);
}

Ratio nominalAnnualRate(const LoanTerms& terms) {
    return nominalAnnualRate(terms, buildSchedule(terms));
}

Ratio roundRateToBasisPoint(const Ratio& rate) {
    return Ratio(roundToInteger(rate * Ratio(10000), RoundingMode::HalfUp), BigInt(10000));
}

QString formatRatePercent(const Ratio& rate) {
    return formatDecimal(rate * Ratio(100), 2, RoundingMode::HalfUp) + QStringLiteral(" %");
}

Ratio legalAnnualInterestCap() {
    return Ratio(15, 100);
}

bool exceedsLegalCap(const Ratio& annualRate) {
    return roundRateToBasisPoint(annualRate) > legalAnnualInterestCap();
}

LegalCapCheck checkLegalCap(const LoanTerms& terms, const std::vector<Instalment>& schedule) {
    LegalCapCheck check;
    check.nominalAnnualRate = nominalAnnualRate(terms, schedule);
    check.exceedsCap = exceedsLegalCap(check.nominalAnnualRate);
    if (check.exceedsCap)
        check.warning = Text::tr(
                            "อัตราดอกเบี้ยที่แท้จริงของเงินกู้นี้ประมาณร้อยละ %1 ต่อปี "
                            "เกินเพดานร้อยละ 15 ต่อปีตามประมวลกฎหมายแพ่งและพาณิชย์ มาตรา 654")
                            .arg(formatDecimal(check.nominalAnnualRate * Ratio(100), 2));
    return check;
}

LegalCapCheck checkLegalCap(const LoanTerms& terms) {
    return checkLegalCap(terms, buildSchedule(terms));
}

}  // namespace thanrak
