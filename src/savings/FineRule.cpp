#include "savings/FineRule.h"

#include "money/MoneyFormat.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};
}  // namespace

Money FineRule::fineFor(Money overdue) const {
    if (!overdue.isPositive())
        return {};
    switch (kind) {
        case Kind::None:
            return {};
        case Kind::Fixed:
            return fixed;
        case Kind::Percent:
            return overdue.times(percent * Ratio(1, 100), RoundingMode::HalfUp);
    }
    return {};
}

QString FineRule::describe() const {
    switch (kind) {
        case Kind::None:
            return Text::tr("ไม่มีค่าปรับ");
        case Kind::Fixed:
            return Text::tr("ปรับ %1 บาท").arg(formatMoney(fixed));
        case Kind::Percent:
            return Text::tr("ปรับร้อยละ %1 ของยอดค้าง").arg(formatDecimal(percent, 2));
    }
    return {};
}

QString FineRule::problem() const {
    if (kind == Kind::Fixed && !fixed.isPositive())
        return Text::tr("ค่าปรับแบบจำนวนคงที่ต้องมากกว่าศูนย์");
    if (kind == Kind::Percent && (!(percent > Ratio()) || percent > Ratio(100)))
        return Text::tr("ค่าปรับแบบร้อยละต้องมากกว่า 0 และไม่เกิน 100");
    return {};
}

}  // namespace thanrak
