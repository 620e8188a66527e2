#include "runtime/LogRedaction.h"

#include <regex>

namespace thanrak {

std::string redactPersonalData(const std::string& line) {
    // 13 digits in the #-####-#####-##-# shape or any grouping of them, and
    // Thai phone numbers (0 followed by 8 or 9 digits, optionally dashed).
    static const std::regex nationalId(R"((^|[^0-9])([0-9][ -]?){12}[0-9](?![0-9]))");
    static const std::regex phone(R"((^|[^0-9])0[0-9]{1,2}[ -]?[0-9]{3}[ -]?[0-9]{3,4}(?![0-9]))");
    std::string out = std::regex_replace(line, nationalId, "$1<เลขประจำตัว>");
    return std::regex_replace(out, phone, "$1<โทรศัพท์>");
}

}  // namespace thanrak
