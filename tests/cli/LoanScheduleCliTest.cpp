#include "support/CatchQt.h"

#include "support/CliRunner.h"

// Figures from tests/lending/worked_numbers.py (exact fractions, half-up).

using thanrak::test::cli;
using thanrak::test::CliRun;

namespace {
QStringList scheduleArgs(const QString& method, const QString& rate, const QString& period,
                         const QString& months, const QString& start) {
    return {QStringLiteral("loan-schedule"),
            QStringLiteral("--principal"),
            QStringLiteral("10,000"),
            QStringLiteral("--rate"),
            rate,
            QStringLiteral("--rate-period"),
            period,
            QStringLiteral("--months"),
            months,
            QStringLiteral("--method"),
            method,
            QStringLiteral("--start"),
            start};
}
}  // namespace

TEST_CASE("loan-schedule prints the annuity schedule as CSV and nothing else") {
    const CliRun run =
        cli(scheduleArgs(QStringLiteral("annuity"), QStringLiteral("1"), QStringLiteral("month"),
                         QStringLiteral("10"), QStringLiteral("2024-01-31")));
    CHECK(run.exitCode == 0);
    CHECK(run.errors.isEmpty());  // 12.00 % nominal: no legal-cap warning
    // Due dates from 31 Jan: clamped to each month's end, never drifting to the 29th.
    CHECK(run.lines == QStringList{
                           QStringLiteral("instalment,due_date,principal,interest,payment,balance"),
                           QStringLiteral("1,2024-02-29,955.82,100.00,1055.82,9044.18"),
                           QStringLiteral("2,2024-03-31,965.38,90.44,1055.82,8078.80"),
                           QStringLiteral("3,2024-04-30,975.03,80.79,1055.82,7103.77"),
                           QStringLiteral("4,2024-05-31,984.78,71.04,1055.82,6118.99"),
                           QStringLiteral("5,2024-06-30,994.63,61.19,1055.82,5124.36"),
                           QStringLiteral("6,2024-07-31,1004.58,51.24,1055.82,4119.78"),
                           QStringLiteral("7,2024-08-31,1014.62,41.20,1055.82,3105.16"),
                           QStringLiteral("8,2024-09-30,1024.77,31.05,1055.82,2080.39"),
                           QStringLiteral("9,2024-10-31,1035.02,20.80,1055.82,1045.37"),
                           QStringLiteral("10,2024-11-30,1045.37,10.45,1055.82,0.00"),
                       });
}

TEST_CASE("loan-schedule: flat 1 %/month prints its CSV and warns about the cap on stderr") {
    const CliRun run =
        cli(scheduleArgs(QStringLiteral("flat"), QStringLiteral("1"), QStringLiteral("month"),
                         QStringLiteral("12"), QStringLiteral("2024-01-15")));
    CHECK(run.exitCode == 0);
    REQUIRE(run.lines.size() == 13);
    CHECK(run.lines[1] == QStringLiteral("1,2024-02-15,833.34,100.00,933.34,9166.66"));
    CHECK(run.lastLine == QStringLiteral("12,2025-01-15,833.33,100.00,933.33,0.00"));
    CHECK(run.errors.contains(QStringLiteral("21.46")));
    CHECK(run.errors.contains(QStringLiteral("มาตรา 654")));
}

TEST_CASE("loan-schedule: maturity at 6 %/year is one row") {
    // 20,000 would be the DOMAIN.md example; 10,000 for 365 days earns 600.00.
    const CliRun run =
        cli(scheduleArgs(QStringLiteral("maturity"), QStringLiteral("6"), QStringLiteral("year"),
                         QStringLiteral("12"), QStringLiteral("2023-01-01")));
    CHECK(run.exitCode == 0);
    CHECK(run.lines.size() == 2);
    CHECK(run.lastLine == QStringLiteral("1,2024-01-01,10000.00,600.00,10600.00,0.00"));
}

TEST_CASE("loan-schedule refuses bad input with a Thai message and exit code 2") {
    const CliRun months =
        cli(scheduleArgs(QStringLiteral("flat"), QStringLiteral("1"), QStringLiteral("month"),
                         QStringLiteral("0"), QStringLiteral("2024-01-15")));
    CHECK(months.exitCode == 2);
    CHECK(months.lines.isEmpty());
    CHECK(months.errors.contains(QStringLiteral("จำนวนงวดต้องอยู่ระหว่าง 1 ถึง 360 เดือน")));

    const CliRun rate =
        cli(scheduleArgs(QStringLiteral("flat"), QStringLiteral("-1"), QStringLiteral("month"),
                         QStringLiteral("10"), QStringLiteral("2024-01-15")));
    CHECK(rate.exitCode == 2);
    CHECK(rate.errors.contains(QStringLiteral("อัตราดอกเบี้ยติดลบไม่ได้")));

    const CliRun method =
        cli(scheduleArgs(QStringLiteral("balloon"), QStringLiteral("1"), QStringLiteral("month"),
                         QStringLiteral("10"), QStringLiteral("2024-01-15")));
    CHECK(method.exitCode == 2);
    CHECK(method.errors.contains(QStringLiteral("วิธีใช้")));

    const CliRun date =
        cli(scheduleArgs(QStringLiteral("flat"), QStringLiteral("1"), QStringLiteral("month"),
                         QStringLiteral("10"), QStringLiteral("2567-01-15")));
    CHECK(date.exitCode == 2);
    CHECK(date.errors.contains(QStringLiteral("2567-01-15")));

    CHECK(cli({QStringLiteral("loan-schedule")}).exitCode == 2);
}
