#pragma once

#include <QString>

namespace thanrak {

// Starts the rotating log (5 files of 2 MB) in logFolder(). Every line passes
// through redactPersonalData. Log what happened and to which row (UUIDs,
// counts, codes), never names, ID numbers, phones or addresses.
void startLogging(const QString& programName);
void stopLogging();

// The file the log is written to, for the About box and support.
QString logFilePath();

}  // namespace thanrak
