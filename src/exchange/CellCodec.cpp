#include "exchange/CellCodec.h"

#include "thai/NationalId.h"
#include "thai/ThaiDateParse.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringDecoder>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool allDigits(const QByteArray& bytes, qsizetype from, qsizetype to) {
    if (from >= to)
        return false;
    for (qsizetype i = from; i < to; ++i)
        if (!isDigit(bytes.at(i)))
            return false;
    return true;
}

int number(const QByteArray& bytes, qsizetype from, qsizetype length) {
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i)
        value = value * 10 + (bytes.at(i) - '0');
    return value;
}

QString quoted(const QByteArray& bytes) {
    return QString::fromUtf8(bytes.left(60));
}

QString eraProblem(int year) {
    return Text::tr("ปี %1 เป็นปี พ.ศ. ช่องนี้ต้องเป็นปี ค.ศ. (%2)").arg(year).arg(year - 543);
}

bool isUuid(const QByteArray& bytes) {
    if (bytes.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char c = bytes.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!isDigit(c) && !(c >= 'a' && c <= 'f')) {
            return false;
        }
    }
    return true;
}

DecodedCell fail(QString problem) {
    return {{}, std::move(problem)};
}

DecodedCell decodeMonth(const QByteArray& bytes) {
    if (bytes.size() != 7 || !allDigits(bytes, 0, 4) || bytes.at(4) != '-' || !allDigits(bytes, 5, 7))
        return fail(Text::tr("\"%1\" ไม่ใช่เดือนแบบ ค.ศ.-เดือน (เช่น 2026-03)").arg(quoted(bytes)));
    const int year = number(bytes, 0, 4);
    const int month = number(bytes, 5, 2);
    if (year >= 2400)
        return fail(eraProblem(year));
    if (month < 1 || month > 12)
        return fail(Text::tr("\"%1\" ไม่มีเดือนที่ %2").arg(quoted(bytes)).arg(month));
    return {QString::fromLatin1(bytes), {}};
}

// 2026-11-22T07:40:00.123Z (milliseconds optional).
DecodedCell decodeTimestamp(const QByteArray& bytes) {
    const bool shape = (bytes.size() == 20 || bytes.size() == 24) && allDigits(bytes, 0, 4) &&
                       bytes.at(4) == '-' && allDigits(bytes, 5, 7) && bytes.at(7) == '-' &&
                       allDigits(bytes, 8, 10) && bytes.at(10) == 'T' && allDigits(bytes, 11, 13) &&
                       bytes.at(13) == ':' && allDigits(bytes, 14, 16) && bytes.at(16) == ':' &&
                       allDigits(bytes, 17, 19) && bytes.back() == 'Z' &&
                       (bytes.size() == 20 || (bytes.at(19) == '.' && allDigits(bytes, 20, 23)));
    if (!shape)
        return fail(Text::tr("\"%1\" ไม่ใช่เวลาแบบ ISO (เช่น 2026-11-22T07:40:00.000Z)")
                        .arg(quoted(bytes)));
    const int year = number(bytes, 0, 4);
    if (year >= 2400)
        return fail(eraProblem(year));
    if (!QDate(year, number(bytes, 5, 2), number(bytes, 8, 2)).isValid() || number(bytes, 11, 2) > 23 ||
        number(bytes, 14, 2) > 59 || number(bytes, 17, 2) > 59)
        return fail(Text::tr("\"%1\" ไม่ใช่เวลาที่มีอยู่จริง").arg(quoted(bytes)));
    // One form (with milliseconds), so times compare correctly as text.
    QByteArray normal = bytes;
    if (normal.size() == 20)
        normal.insert(19, ".000");
    return {QString::fromLatin1(normal), {}};
}

// "1.25", "60", "7201/3": digits, an optional fraction part, an optional divisor.
DecodedCell decodeDecimal(const QByteArray& bytes) {
    const qsizetype slash = bytes.indexOf('/');
    const QByteArray number = slash < 0 ? bytes : bytes.left(slash);
    const qsizetype dot = number.indexOf('.');
    const bool ok = (dot < 0 ? allDigits(number, 0, number.size())
                             : allDigits(number, 0, dot) && allDigits(number, dot + 1, number.size())) &&
                    (slash < 0 || allDigits(bytes, slash + 1, bytes.size()));
    if (!ok)
        return fail(Text::tr("\"%1\" ไม่ใช่ตัวเลขอัตราหรือร้อยละ (เช่น 1.25)").arg(quoted(bytes)));
    return {QString::fromLatin1(bytes), {}};
}

DecodedCell decodeInteger(const QByteArray& bytes) {
    const qsizetype start = bytes.startsWith('-') ? 1 : 0;
    if (!allDigits(bytes, start, bytes.size()) || bytes.size() - start > 18)
        return fail(Text::tr("\"%1\" ไม่ใช่จำนวนเต็ม").arg(quoted(bytes)));
    return {bytes.toLongLong(), {}};
}

DecodedCell decodeMoney(const QByteArray& bytes, bool allowNegative) {
    const std::optional<qint64> satang = decimalToSatang(bytes);
    if (!satang)
        return fail(Text::tr("\"%1\" ไม่ใช่จำนวนเงิน ต้องเป็นตัวเลขบาท ทศนิยมไม่เกินสองตำแหน่ง "
                             "ไม่มีจุลภาค (เช่น 1234.50)")
                        .arg(quoted(bytes)));
    if (*satang < 0 && !allowNegative)
        return fail(Text::tr("จำนวนเงิน %1 ติดลบไม่ได้").arg(quoted(bytes)));
    return {*satang, {}};
}

std::optional<QString> strictUtf8(const QByteArray& bytes) {
    // One decoder per thread, reset for each cell (millions of them).
    thread_local QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    decoder.resetState();
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}
}  // namespace

QByteArray satangToDecimal(qint64 satang) {
    const bool negative = satang < 0;
    const quint64 magnitude =
        negative ? static_cast<quint64>(-(satang + 1)) + 1 : static_cast<quint64>(satang);
    QByteArray text = QByteArray::number(magnitude / 100);
    const quint64 cents = magnitude % 100;
    text += '.';
    text += static_cast<char>('0' + cents / 10);
    text += static_cast<char>('0' + cents % 10);
    return negative ? QByteArray("-") + text : text;
}

std::optional<qint64> decimalToSatang(const QByteArray& text) {
    const bool negative = text.startsWith('-');
    const qsizetype start = negative ? 1 : 0;
    const qsizetype dot = text.indexOf('.', start);
    const qsizetype wholeEnd = dot < 0 ? text.size() : dot;
    if (!allDigits(text, start, wholeEnd) || wholeEnd - start > 13)
        return std::nullopt;
    qint64 cents = 0;
    if (dot >= 0) {
        const qsizetype places = text.size() - dot - 1;
        if (places < 1 || places > 2 || !allDigits(text, dot + 1, text.size()))
            return std::nullopt;
        cents = number(text, dot + 1, places) * (places == 1 ? 10 : 1);
    }
    qint64 whole = 0;
    for (qsizetype i = start; i < wholeEnd; ++i)
        whole = whole * 10 + (text.at(i) - '0');
    const qint64 satang = whole * 100 + cents;
    return negative ? -satang : satang;
}

std::optional<QByteArray> encodeCell(const QVariant& value, ColumnKind kind) {
    if (value.isNull())
        return std::nullopt;
    switch (kind) {
    case ColumnKind::Money:
    case ColumnKind::SignedMoney:
        return satangToDecimal(value.toLongLong());
    case ColumnKind::Integer:
        return QByteArray::number(value.toLongLong());
    case ColumnKind::Blob:
        return value.toByteArray().toBase64();
    default:
        return value.toString().toUtf8();
    }
}

DecodedCell decodeCell(const CsvField& field, const ExchangeColumn& column) {
    const QByteArray& bytes = field.bytes;
    if (bytes.isEmpty()) {
        if (field.quoted && (column.kind == ColumnKind::Text))
            return {QString(QLatin1String("")), {}};
        if (column.emptyText)
            return {QString(QLatin1String("")), {}};
        if (column.required)
            return fail(Text::tr("ต้องมีค่า แต่ช่องนี้ว่าง"));
        return {QVariant(), {}};
    }
    switch (column.kind) {
    case ColumnKind::Integer:
        return decodeInteger(bytes);
    case ColumnKind::Money:
        return decodeMoney(bytes, false);
    case ColumnKind::SignedMoney:
        return decodeMoney(bytes, true);
    case ColumnKind::Date: {
        const DateParseResult date = tryParseIsoDate(QString::fromUtf8(bytes));
        if (!date.ok())
            return fail(date.message);
        return {QString::fromLatin1(bytes), {}};
    }
    case ColumnKind::Month:
        return decodeMonth(bytes);
    case ColumnKind::Timestamp:
        return decodeTimestamp(bytes);
    case ColumnKind::Decimal:
        return decodeDecimal(bytes);
    case ColumnKind::Uuid:
        if (!isUuid(bytes))
            return fail(Text::tr("\"%1\" ไม่ใช่รหัสระเบียน (UUID ตัวพิมพ์เล็ก 36 ตัวอักษร)")
                            .arg(quoted(bytes)));
        return {QString::fromLatin1(bytes), {}};
    case ColumnKind::NationalId: {
        const QString text = QString::fromUtf8(bytes);
        const NationalIdCheck check = validateNationalId(text);
        if (!check.ok())
            return fail(check.message);
        if (check.digits != text)
            return fail(Text::tr("เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลักติดกัน ไม่มีขีดหรือช่องว่าง"));
        return {text, {}};
    }
    case ColumnKind::Blob: {
        const QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(Text::tr("ข้อมูลรูปภาพ (base64) เสียหาย"));
        return {decoded.decoded, {}};
    }
    case ColumnKind::Text:
        break;
    }
    std::optional<QString> text = strictUtf8(bytes);
    if (!text)
        return fail(Text::tr("ข้อความไม่ใช่ UTF-8 ที่ถูกต้อง (อาจบันทึกเป็น Windows-874 หรือไฟล์เสีย)"));
    return {*text, {}};
}

}  // namespace thanrak
