#pragma once

#include <QString>

namespace thanrak {

// Where Thanrak keeps its files in the user's data folder (on Linux
// ~/.local/share/Thanrak/Thanrak, on Windows %APPDATA%/Thanrak/Thanrak).
// Each function creates the folder it returns when missing.
QString dataFolder();
QString logFolder();
QString defaultDatabasePath();  // data folder / thanrak.thanrak
QString demoDatabasePath();     // data folder / demo-district.thanrak

// The extension of Thanrak files, for file dialogs.
inline constexpr const char* kDatabaseSuffix = "thanrak";

}  // namespace thanrak
