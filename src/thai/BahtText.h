#pragma once

#include <QString>
#include <QtGlobal>

namespace thanrak {

// An amount in Thai words, as Excel's BAHTTEXT writes it on receipts and vouchers
// (DOMAIN.md §6): 1,234,567.89 -> "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์".
// Input is already whole satang, so no rounding happens here. Every qint64 is
// accepted, including the most negative one.
QString bahtText(qint64 satang);

}  // namespace thanrak
