#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace thanrak {

// One field of a record as read: its UTF-8 bytes and whether it was quoted.
// A quoted empty field ("") is an empty text; an unquoted empty field is no
// value at all (NULL), so both travel exactly.
struct CsvField {
    QByteArray bytes;
    bool quoted = false;
};

// Appends one RFC 4180 record (comma, CRLF) to `out`. A missing value is
// written as nothing, an empty text as "".
void appendCsvRecord(QByteArray& out, const QList<std::optional<QByteArray>>& fields);

// Reads RFC 4180 records from a device in chunks, so a file of millions of
// rows never sits in memory. Strict: a quote inside an unquoted field, text
// after a closing quote, a file ending inside quotes or a record with the
// wrong number of fields is an ExchangeError naming the file, the row (1 is
// the header, as a spreadsheet counts) and the column. A UTF-8 BOM at the very
// start is skipped.
class CsvStreamReader {
public:
    // `hash`, when given, receives every byte read (a BOM included).
    CsvStreamReader(QIODevice& device, QString fileName, QCryptographicHash* hash = nullptr);

    // The next record, or false at the end of the file.
    bool next(QList<CsvField>& record);
    // Row number of the record last returned (1-based).
    qint64 row() const { return row_; }
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return consumed_; }
    // Names used in messages once the header is known; columns past the
    // names are called by number.
    void setColumnNames(QStringList names) { names_ = std::move(names); }
    QString columnName(int index) const;
    const QString& fileName() const { return fileName_; }

private:
    bool fill();
    [[noreturn]] void fail(const QString& code, const QString& message, int column) const;

    QIODevice& device_;
    QString fileName_;
    QCryptographicHash* hash_ = nullptr;
    QStringList names_;
    QByteArray buffer_;
    qsizetype pos_ = 0;
    qint64 consumed_ = 0;
    qint64 row_ = 0;
    bool atStart_ = true;
};

}  // namespace thanrak
