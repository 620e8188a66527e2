#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace thanrak {

// How a loan's interest is charged (DOMAIN.md §2). The method is stored on each
// contract, so a product whose method changes later keeps old schedules intact.
enum class InterestMethod {
    Flat,            // คงที่จากเงินต้นเดิม: P·r every month
    EqualPrincipal,  // ลดต้นลดดอก, equal principal parts, interest on the balance
    Annuity,   // ลดต้นลดดอก, equal payments: PMT = P·r / (1 − (1+r)^−n)
    Maturity,  // one repayment at maturity, interest accrued by the day
};

// Whether a contract's rate is quoted per month ("ร้อยละ 1 ต่อเดือน", the usual
// way in savings groups) or per year.
enum class RatePeriod { Month, Year };

inline constexpr std::array<InterestMethod, 4> kInterestMethods = {
    InterestMethod::Flat, InterestMethod::EqualPrincipal, InterestMethod::Annuity,
    InterestMethod::Maturity};

// Stable keys for files, settings and the command line: "flat", "equal-principal",
// "annuity", "maturity"; and "month", "year" for the rate period.
QString interestMethodKey(InterestMethod method);
std::optional<InterestMethod> interestMethodFromKey(QStringView key);
QString ratePeriodKey(RatePeriod period);
std::optional<RatePeriod> ratePeriodFromKey(QStringView key);

// The Thai names treasurers know, e.g. "ลดต้นลดดอก (ผ่อนเท่ากันทุกงวด)"; "ต่อเดือน".
QString interestMethodLabel(InterestMethod method);
QString ratePeriodLabel(RatePeriod period);

}  // namespace thanrak
