#pragma once

#include <QStringList>

// Each command takes its arguments (after the command name) and returns the
// process exit code: 0 success, 1 a negative answer (invalid ID, problems
// found), 2 a usage error or a refusal.
namespace thanrak::cli {

int initFile(QStringList args);
int demoFile(QStringList args);
int checkFile(QStringList args);
int bahtTextCommand(QStringList args);
int thaiDateCommand(QStringList args);
int checkIdCommand(QStringList args);
int loanScheduleCommand(QStringList args);
int reportCommand(QStringList args);
int orgsCommand(QStringList args);
int exportCommand(QStringList args);
int importCommand(QStringList args);
int importPeopleCommand(QStringList args);

}  // namespace thanrak::cli
