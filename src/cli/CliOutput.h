#pragma once

#include <QString>
#include <QStringList>

namespace thanrak::cli {

// Lines for the terminal, always UTF-8. By convention the last line printed
// to stdout is the command's answer, alone, so scripts can take `tail -n 1`.
void printLine(const QString& line);
void printError(const QString& line);

// The value after `--name` in args (removing both), or `fallback`.
QString takeOption(QStringList& args, const QString& name, const QString& fallback = {});
// Whether `--name` is in args (removing it).
bool takeFlag(QStringList& args, const QString& name);

// Before a GUI application is made for a command without a display: the
// offscreen platform, and a private runtime folder when the session has none
// (so Qt does not warn about XDG_RUNTIME_DIR on stderr).
void prepareOffscreen();

}  // namespace thanrak::cli
