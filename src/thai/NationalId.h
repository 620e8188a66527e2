#pragma once

#include <QString>
#include <QStringView>

namespace thanrak {

// Thai national ID numbers (เลขประจำตัวประชาชน): 13 digits, the last a check digit
// d13 = (11 − (Σ_{i=1..12} d_i × (14 − i)) mod 11) mod 10. Stored as 13 ASCII digits;
// typed with spaces, dashes or Thai digits. Personal data under the PDPA: print the
// masked form unless the user asks for the full number.

enum class NationalIdReason { Ok, Empty, WrongLength, NotDigits, BadCheckDigit };

struct NationalIdCheck {
    NationalIdReason reason = NationalIdReason::Empty;
    QString message;  // Thai sentence for the user; empty when ok()
    QString digits;   // the 13 ASCII digits when ok(), else empty

    bool ok() const { return reason == NationalIdReason::Ok; }
};

// The 13 ASCII digits of an ID typed with spaces, dashes or Thai digits; empty when
// the input does not have exactly 13 digits. The check digit is not verified here,
// so a stored number with a typo can still be looked up; use validateNationalId.
QString normalizeNationalId(QStringView text);

NationalIdCheck validateNationalId(QStringView text);

// The check digit (0–9) for the first 12 digits (ASCII or Thai, spaces and dashes
// allowed), e.g. for generating demo IDs. Throws thanrak::Error
// ("nationalid.format") unless exactly 12 digits are given.
int nationalIdCheckDigit(QStringView first12);

// "1-2345-67890-12-1". Input that is not 13 digits is returned trimmed and unchanged,
// so a bad legacy value still shows what was stored.
QString formatNationalId(QStringView text);

// "1-2345-xxxxx-xx-1": the first five digits and the check digit stay readable so a
// clerk can tell records apart. Input that is not 13 digits has every digit replaced
// by "x", so nothing of a malformed number leaks into a printout either.
QString maskNationalId(QStringView text);

}  // namespace thanrak
