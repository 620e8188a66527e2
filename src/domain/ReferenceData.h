#pragma once

namespace thanrak {

class Database;

// Loads the provinces and districts shipped with the program (resources/data)
// into a file, adding missing ones and correcting names; places a user added
// are left alone. Run on create and after each upgrade of the program.
// Returns the number of rows added or changed.
int installReferenceData(Database& database);

}  // namespace thanrak
