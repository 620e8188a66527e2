#pragma once

#include <string>

namespace thanrak {

// Masks anything in a log line that looks like a Thai national ID (13 digits,
// optionally grouped with dashes or spaces) or a phone number, so personal
// data never reaches the log file even if a caller slips one in.
std::string redactPersonalData(const std::string& line);

}  // namespace thanrak
