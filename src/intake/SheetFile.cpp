#include "intake/SheetFile.h"

#include "base/Csv.h"
#include "base/Error.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Intake)
};
}  // namespace

QChar guessDelimiter(const QString& text) {
    const QStringList lines = text.left(8192).split(QLatin1Char('\n')).mid(0, 10);
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        // Lines that have it, counted only when they split into the same number of parts.
        int score = 0;
        qsizetype first = -1;
        for (const QString& line : lines) {
            const qsizetype n = line.count(candidate);
            if (n == 0)
                continue;
            if (first < 0)
                first = n;
            score += n == first ? 2 : 1;
        }
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

Sheet readSheet(const QByteArray& bytes, const SheetOptions& options) {
    DecodedText decoded = decodeText(bytes, options.encoding);
    Sheet sheet;
    sheet.encoding = decoded.encoding;
    sheet.delimiter = options.delimiter.value_or(guessDelimiter(decoded.text));
    // Blank lines are kept so problems name the row the spreadsheet shows.
    QList<QStringList> records = parseCsv(decoded.text, sheet.delimiter, BlankLines::Keep);
    const int header = qMax(1, options.headerRow);
    if (header > records.size())
        throw Error(QStringLiteral("intake.header"),
                    Text::tr("ไฟล์มีเพียง %1 แถว จึงไม่มีแถวที่ %2 ให้ใช้เป็นหัวตาราง").arg(records.size()).arg(header));
    sheet.header = records.at(header - 1);
    for (QString& name : sheet.header)
        name = name.trimmed();
    sheet.rows = records.mid(header);
    sheet.firstDataRow = header + 1;
    return sheet;
}

}  // namespace thanrak
