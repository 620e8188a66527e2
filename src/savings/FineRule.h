#pragma once

#include "money/Money.h"
#include "money/Ratio.h"

#include <QString>

namespace thanrak {

// A fine for paying late (ค่าปรับ): none, a fixed amount, or a percentage of
// what was overdue, rounded half-up to the satang.
struct FineRule {
    enum class Kind { None, Fixed, Percent };

    Kind kind = Kind::None;
    Money fixed;    // for Fixed
    Ratio percent;  // for Percent, in percentage points: 1.5 means 1.5 %

    static FineRule none() { return {}; }
    static FineRule fixedAmount(Money amount) { return {Kind::Fixed, amount, {}}; }
    static FineRule percentOf(Ratio points) { return {Kind::Percent, {}, points}; }

    Money fineFor(Money overdue) const;
    // "ไม่มีค่าปรับ", "ปรับ 20.00 บาท", "ปรับร้อยละ 1.5 ของยอดค้าง"
    QString describe() const;
    // Empty when the rule makes sense, else a Thai sentence.
    QString problem() const;
};

}  // namespace thanrak
