#include "money/MoneyError.h"

#include <QCoreApplication>

namespace thanrak {

MoneyError MoneyError::overflow(const QString& calculation) {
    return MoneyError(
        QStringLiteral("money.overflow"),
        QCoreApplication::translate(
            "Money", "ผลการคำนวณ %1 เกินวงเงินที่โปรแกรมรองรับ (ไม่เกิน 92,233,720,368,547,758.07 บาท)")
            .arg(calculation));
}

MoneyError MoneyError::badText(NumberKind kind, QStringView text, const QString& reason) {
    const QString sentence =
        kind == NumberKind::Amount
            ? QCoreApplication::translate("Money", "จำนวนเงิน \"%1\" ไม่ถูกต้อง: %2")
            : QCoreApplication::translate("Money", "ตัวเลข \"%1\" ไม่ถูกต้อง: %2");
    // Two-argument arg() so a '%' typed by the user is never taken as a placeholder.
    return MoneyError(QStringLiteral("money.parse"), sentence.arg(text.toString(), reason));
}

MoneyError MoneyError::tooLarge(QStringView amountText) {
    return MoneyError(QStringLiteral("money.overflow"),
                      QCoreApplication::translate("Money",
                                                  "จำนวนเงิน \"%1\" ใหญ่เกินกว่าที่โปรแกรมรองรับ "
                                                  "(ไม่เกิน 92,233,720,368,547,758.07 บาท)")
                          .arg(amountText));
}

MoneyError MoneyError::divisionByZero(const QString& calculation) {
    return MoneyError(
        QStringLiteral("money.division_by_zero"),
        QCoreApplication::translate("Money", "คำนวณ %1 ไม่ได้ เพราะตัวหารเป็นศูนย์").arg(calculation));
}

MoneyError MoneyError::badWeights(const QString& reason) {
    return MoneyError(QStringLiteral("money.weights"),
                      QCoreApplication::translate("Money", "แบ่งเงินตามสัดส่วนไม่ได้: %1").arg(reason));
}

}  // namespace thanrak
