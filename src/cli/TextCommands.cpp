#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include "money/MoneyFormat.h"
#include "money/Ratio.h"
#include "thai/BahtText.h"
#include "thai/NationalId.h"
#include "thai/ThaiDate.h"
#include "thai/ThaiDateParse.h"

#include <QCoreApplication>

namespace thanrak::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
}  // namespace

int bahtTextCommand(QStringList args) {
    if (args.size() != 1) {
        printError(Text::tr("วิธีใช้: thanrak-cli bahttext AMOUNT   เช่น 1,234.50"));
        return 2;
    }
    // BAHTTEXT rounds half-up to the satang before reading, as Excel does.
    const Ratio baht = parseDecimal(args.front());
    const Money amount = roundToSatang(baht * Ratio(100), RoundingMode::HalfUp);
    printLine(bahtText(amount.satang()));
    return 0;
}

int thaiDateCommand(QStringList args) {
    const QString style = takeOption(args, QStringLiteral("--style"), QStringLiteral("long"));
    const bool thaiDigits = takeFlag(args, QStringLiteral("--thai-digits"));
    const QMap<QString, ThaiDateStyle> styles{{QStringLiteral("long"), ThaiDateStyle::Long},
                                              {QStringLiteral("short"), ThaiDateStyle::Short},
                                              {QStringLiteral("numeric"), ThaiDateStyle::Numeric}};
    if (args.size() != 1 || !styles.contains(style)) {
        printError(
            Text::tr("วิธีใช้: thanrak-cli thai-date YYYY-MM-DD [--style long|short|numeric] "
                     "[--thai-digits]"));
        return 2;
    }
    const QDate date = parseIsoDate(args.front());
    printLine(formatThaiDate(date, styles.value(style), thaiDigits));
    return 0;
}

int checkIdCommand(QStringList args) {
    if (args.size() != 1) {
        printError(Text::tr("วิธีใช้: thanrak-cli check-id ID"));
        return 2;
    }
    const NationalIdCheck result = validateNationalId(args.front());
    if (result.ok()) {
        printLine(Text::tr("ถูกต้อง: %1").arg(formatNationalId(normalizeNationalId(args.front()))));
        return 0;
    }
    printLine(Text::tr("ไม่ถูกต้อง: %1").arg(result.message));
    return 1;
}

}  // namespace thanrak::cli
