#pragma once

#include "exchange/CsvStream.h"
#include "exchange/ExchangeTables.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

namespace thanrak {

// A stored value as its CSV cell (no value = NULL).
std::optional<QByteArray> encodeCell(const QVariant& value, ColumnKind kind);

// A CSV cell read back for a column: the value to store, or a Thai sentence
// saying what is wrong with it (without the place; the caller adds file, row
// and column).
struct DecodedCell {
    QVariant value;
    QString problem;
};
DecodedCell decodeCell(const CsvField& field, const ExchangeColumn& column);

// Satang as a plain decimal "-1234.05", and back (nullopt when the text is not
// such a decimal with at most two places, or is too large).
QByteArray satangToDecimal(qint64 satang);
std::optional<qint64> decimalToSatang(const QByteArray& text);

}  // namespace thanrak
