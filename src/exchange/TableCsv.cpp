#include "exchange/TableCsv.h"

#include "exchange/CsvStream.h"
#include "exchange/ExchangeError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

// "1,234.50" -> "1234.50" so a spreadsheet adds it up; other text as it is.
QString plainAmount(const QString& text) {
    QString plain = text.trimmed();
    plain.remove(QLatin1Char(','));
    bool ok = false;
    plain.toDouble(&ok);
    return ok && !plain.isEmpty() ? plain : text;
}

// A name typed as "=HYPERLINK(...)" must stay text in Excel, not become a
// formula: such cells get a leading apostrophe.
QString safeText(const QString& text) {
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QList<std::optional<QByteArray>> fields(const QStringList& cells, const QList<bool>& amounts) {
    QList<std::optional<QByteArray>> out;
    for (int i = 0; i < cells.size(); ++i) {
        const bool amount = i < amounts.size() && amounts.at(i);
        out << std::optional<QByteArray>((amount ? plainAmount(cells.at(i)) : safeText(cells.at(i))).toUtf8());
    }
    return out;
}
}  // namespace

QByteArray excelCsv(const ScreenTable& table) {
    QByteArray out("\xEF\xBB\xBF");
    appendCsvRecord(out, fields(table.header, {}));
    for (const QStringList& row : table.rows)
        appendCsvRecord(out, fields(row, table.amountColumns));
    return out;
}

void saveExcelCsv(const QString& path, const ScreenTable& table) {
    QSaveFile file(path);
    const QByteArray bytes = excelCsv(table);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw ExchangeError(QStringLiteral("csv.write"),
                            Text::tr("บันทึกไฟล์ %1 ไม่ได้: %2").arg(QFileInfo(path).fileName(), file.errorString()));
}

}  // namespace thanrak
