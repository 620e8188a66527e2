#include "exchange/ExchangeProgress.h"

#include "exchange/ExchangeError.h"

#include <QCoreApplication>

namespace thanrak {

void reportProgress(const ExchangeProgress& progress, ExchangeDirection direction, const QString& step,
                    qint64 done, qint64 total) {
    if (!progress || progress(step, done, total))
        return;
    throw ExchangeError(QStringLiteral("exchange.cancelled"),
                        direction == ExchangeDirection::Export
                            ? QCoreApplication::translate("Exchange", "ยกเลิกการส่งออกแล้ว ไม่ได้สร้างไฟล์ชุดข้อมูล")
                            : QCoreApplication::translate("Exchange",
                                                          "ยกเลิกการนำเข้าแล้ว ข้อมูลในไฟล์นี้ไม่มีการเปลี่ยนแปลง"));
}

}  // namespace thanrak
