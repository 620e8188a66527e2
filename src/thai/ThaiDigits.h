#pragma once

#include <QString>

namespace thanrak {

// Thai digits (๐–๙, U+0E50–U+0E59) are a display option only: stored data, CSV and
// arithmetic always use ASCII digits, so conversion happens at the edges.

// "2567" -> "๒๕๖๗"; every other character is kept.
QString toThaiDigits(QString text);

// "๒๕๖๗" -> "2567"; every other character is kept. Used on input, where users may type
// either kind of digit.
QString toArabicDigits(QString text);

// 0–9 for an ASCII or Thai digit, -1 for anything else.
int digitValue(QChar c);

}  // namespace thanrak
