#pragma once

#include "domain/Membership.h"

namespace thanrak::ui {

// "เป็นสมาชิก", or when the person left, "ออกเมื่อ 5 มิ.ย. 67".
QString membershipStatus(const Membership& membership, const QDate& today);

}  // namespace thanrak::ui
