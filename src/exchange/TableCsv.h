#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace thanrak {

// A table as the user sees it, for Excel: UTF-8 with a BOM (so Excel shows
// Thai), CRLF line ends, RFC 4180 quoting.
struct ScreenTable {
    QStringList header;
    QList<bool> amountColumns;  // amounts lose their thousands separators
    QList<QStringList> rows;
};

QByteArray excelCsv(const ScreenTable& table);

// Writes through a temporary file, so a failed write leaves an earlier file as
// it was; throws ExchangeError ("csv.write") naming the file.
void saveExcelCsv(const QString& path, const ScreenTable& table);

}  // namespace thanrak
