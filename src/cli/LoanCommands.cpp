#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include "lending/EffectiveRate.h"
#include "lending/LoanSchedule.h"
#include "lending/LoanTerms.h"
#include "money/MoneyFormat.h"
#include "money/Ratio.h"
#include "thai/ThaiDateParse.h"

#include <QCoreApplication>

#include <optional>

namespace thanrak::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString scheduleUsage() {
    return Text::tr(
        "วิธีใช้: thanrak-cli loan-schedule --principal P --rate R --rate-period month|year "
        "--months N --method flat|equal-principal|annuity|maturity --start YYYY-MM-DD "
        "[--maturity YYYY-MM-DD]\n"
        "  R เป็นร้อยละ เช่น 1 = ร้อยละ 1");
}

// The options, or nullopt after printing what is wrong. Amounts, rates and dates
// that do not parse throw thanrak::Error, which main() prints (exit 2).
std::optional<LoanTerms> termsFromOptions(QStringList& args) {
    const QString principal = takeOption(args, QStringLiteral("--principal"));
    const QString rate = takeOption(args, QStringLiteral("--rate"));
    const QString period = takeOption(args, QStringLiteral("--rate-period"));
    const QString months = takeOption(args, QStringLiteral("--months"));
    const QString method = takeOption(args, QStringLiteral("--method"));
    const QString start = takeOption(args, QStringLiteral("--start"));
    const QString maturity = takeOption(args, QStringLiteral("--maturity"));
    const auto ratePeriod = ratePeriodFromKey(period);
    const auto interestMethod = interestMethodFromKey(method);
    bool monthsOk = false;
    const int monthCount = months.toInt(&monthsOk);
    if (!args.isEmpty() || principal.isEmpty() || rate.isEmpty() || start.isEmpty() ||
        !ratePeriod || !interestMethod || !monthsOk) {
        printError(scheduleUsage());
        return std::nullopt;
    }
    LoanTerms terms{parseMoney(principal), Ratio::percent(rate), *ratePeriod, monthCount,
                    *interestMethod,       parseIsoDate(start),  std::nullopt};
    if (!maturity.isEmpty())
        terms.maturityDate = parseIsoDate(maturity);
    return terms;
}

QString csvRow(const Instalment& row) {
    const FormatOptions plain{.thousands = false};
    return QStringList{QString::number(row.number),       row.dueDate.toString(Qt::ISODate),
                       formatMoney(row.principal, plain), formatMoney(row.interest, plain),
                       formatMoney(row.payment, plain),   formatMoney(row.balance, plain)}
        .join(QLatin1Char(','));
}

}  // namespace

int loanScheduleCommand(QStringList args) {
    const std::optional<LoanTerms> terms = termsFromOptions(args);
    if (!terms)
        return 2;
    const std::vector<Instalment> schedule = buildSchedule(*terms);
    // The CSV is the answer and stays alone on stdout; the legal-cap warning
    // goes to stderr so a script reading the schedule is not disturbed.
    const LegalCapCheck cap = checkLegalCap(*terms, schedule);
    if (cap.exceedsCap)
        printError(Text::tr("คำเตือน: %1").arg(cap.warning));
    printLine(QStringLiteral("instalment,due_date,principal,interest,payment,balance"));
    for (const Instalment& row : schedule) printLine(csvRow(row));
    return 0;
}

}  // namespace thanrak::cli
