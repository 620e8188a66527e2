#include "support/CatchQt.h"

#include "runtime/LogRedaction.h"

using thanrak::redactPersonalData;

TEST_CASE("national IDs in any grouping never reach the log") {
    CHECK(redactPersonalData("saved person 1101700230708") == "saved person <เลขประจำตัว>");
    CHECK(redactPersonalData("id=1-1017-00230-70-8.") == "id=<เลขประจำตัว>.");
    CHECK(redactPersonalData("1 1017 00230 70 8") == "<เลขประจำตัว>");
}

TEST_CASE("phone numbers are masked too") {
    CHECK(redactPersonalData("call 081-234-5678 now") == "call <โทรศัพท์> now");
    CHECK(redactPersonalData("0812345678") == "<โทรศัพท์>");
}

TEST_CASE("ordinary numbers, codes and UUIDs stay readable") {
    CHECK(redactPersonalData("imported 20000 rows") == "imported 20000 rows");
    CHECK(redactPersonalData("village 35030101") == "village 35030101");
    CHECK(redactPersonalData("org 6f0c8a52-2b1e-4f53-9c53-5a1d7e0c2b69") ==
          "org 6f0c8a52-2b1e-4f53-9c53-5a1d7e0c2b69");
    CHECK(redactPersonalData("14-digit 12345678901234 stays") == "14-digit 12345678901234 stays");
}
