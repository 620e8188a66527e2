#include "support/CliRunner.h"

#include <QProcess>

namespace thanrak::test {

CliRun cli(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(THANRAK_CLI), args);
    // Building the whole demo district takes a minute or two on a slow machine.
    const bool finished = process.waitForFinished(600000);
    CliRun run;
    // A run that did not finish, or crashed, must never look like success.
    run.exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode()
                                                                            : -1;
    run.lines = QString::fromUtf8(process.readAllStandardOutput())
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.lastLine = run.lines.isEmpty() ? QString() : run.lines.back();
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

}  // namespace thanrak::test
