#pragma once

#include <QString>
#include <QStringList>

namespace thanrak::test {

// What one run of thanrak-cli printed and returned.
struct CliRun {
    int exitCode = -1;
    QStringList lines;  // stdout, split into non-empty lines
    QString lastLine;   // the answer, by the CLI's convention
    QString errors;     // stderr, whole
};

// Runs the thanrak-cli built alongside the tests (THANRAK_CLI, defined by the
// test target) with `args` and waits for it to finish.
CliRun cli(const QStringList& args);

}  // namespace thanrak::test
