#include "lending/InterestMethod.h"

#include <QCoreApplication>

namespace thanrak {

QString interestMethodKey(InterestMethod method) {
    switch (method) {
        case InterestMethod::Flat:
            return QStringLiteral("flat");
        case InterestMethod::EqualPrincipal:
            return QStringLiteral("equal-principal");
        case InterestMethod::Annuity:
            return QStringLiteral("annuity");
        case InterestMethod::Maturity:
            return QStringLiteral("maturity");
    }
    Q_UNREACHABLE();
}

std::optional<InterestMethod> interestMethodFromKey(QStringView key) {
    for (InterestMethod method : kInterestMethods)
        if (key == interestMethodKey(method))
            return method;
    return std::nullopt;
}

QString ratePeriodKey(RatePeriod period) {
    return period == RatePeriod::Month ? QStringLiteral("month") : QStringLiteral("year");
}

std::optional<RatePeriod> ratePeriodFromKey(QStringView key) {
    for (RatePeriod period : {RatePeriod::Month, RatePeriod::Year})
        if (key == ratePeriodKey(period))
            return period;
    return std::nullopt;
}

QString interestMethodLabel(InterestMethod method) {
    switch (method) {
        case InterestMethod::Flat:
            return QCoreApplication::translate("Lending", "คงที่จากเงินต้นเดิม");
        case InterestMethod::EqualPrincipal:
            return QCoreApplication::translate("Lending", "ลดต้นลดดอก (เงินต้นเท่ากัน)");
        case InterestMethod::Annuity:
            return QCoreApplication::translate("Lending", "ลดต้นลดดอก (ผ่อนเท่ากันทุกงวด)");
        case InterestMethod::Maturity:
            return QCoreApplication::translate("Lending", "ชำระครั้งเดียวเมื่อครบกำหนด");
    }
    Q_UNREACHABLE();
}

QString ratePeriodLabel(RatePeriod period) {
    return period == RatePeriod::Month ? QCoreApplication::translate("Lending", "ต่อเดือน")
                                       : QCoreApplication::translate("Lending", "ต่อปี");
}

}  // namespace thanrak
