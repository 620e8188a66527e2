#include "support/CliRunner.h"

#include <QProcess>

namespace thanrak::test {

CliRun cli(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(THANRAK_CLI), args);
    process.waitForFinished(60000);
    CliRun run;
    run.exitCode = process.exitCode();
    run.lines = QString::fromUtf8(process.readAllStandardOutput())
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.lastLine = run.lines.isEmpty() ? QString() : run.lines.back();
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

}  // namespace thanrak::test
