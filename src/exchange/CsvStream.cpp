#include "exchange/CsvStream.h"

#include "exchange/ExchangeError.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

constexpr qint64 kChunk = 1 << 16;

bool needsQuotes(const QByteArray& bytes) {
    for (const char c : bytes)
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    return false;
}
}  // namespace

void appendCsvRecord(QByteArray& out, const QList<std::optional<QByteArray>>& fields) {
    bool first = true;
    for (const std::optional<QByteArray>& field : fields) {
        if (!first)
            out += ',';
        first = false;
        if (!field)
            continue;
        if (field->isEmpty() || needsQuotes(*field)) {
            out += '"';
            for (const char c : *field) {
                if (c == '"')
                    out += '"';
                out += c;
            }
            out += '"';
        } else {
            out += *field;
        }
    }
    out += "\r\n";
}

CsvStreamReader::CsvStreamReader(QIODevice& device, QString fileName, QCryptographicHash* hash)
    : device_(device), fileName_(std::move(fileName)), hash_(hash) {}

QString CsvStreamReader::columnName(int index) const {
    if (index >= 0 && index < names_.size())
        return names_.at(index);
    return Text::tr("ที่ %1").arg(index + 1);
}

bool CsvStreamReader::fill() {
    buffer_ = device_.read(kChunk);
    pos_ = 0;
    if (hash_)
        hash_->addData(buffer_);
    if (atStart_ && !buffer_.isEmpty()) {
        atStart_ = false;
        if (buffer_.startsWith("\xEF\xBB\xBF")) {
            pos_ = 3;
            consumed_ += 3;
        }
    }
    return pos_ < buffer_.size();
}

void CsvStreamReader::fail(const QString& code, const QString& message, int column) const {
    throw ExchangeError(code, message, {fileName_, static_cast<int>(row_), columnName(column)});
}

bool CsvStreamReader::next(QList<CsvField>& record) {
    record.clear();
    if (pos_ >= buffer_.size() && !fill())
        return false;
    ++row_;
    CsvField field;
    bool inQuotes = false;
    bool afterQuote = false;
    for (;;) {
        if (pos_ >= buffer_.size() && !fill()) {
            if (inQuotes)
                fail(QStringLiteral("csv.quote"),
                     Text::tr("เครื่องหมายคำพูด (\") เปิดไว้แต่ไม่ได้ปิด จนจบไฟล์"),
                     static_cast<int>(record.size()));
            record << field;
            return true;
        }
        if (inQuotes) {
            // Copy a run of ordinary bytes at once.
            const qsizetype quote = buffer_.indexOf('"', pos_);
            const qsizetype end = quote < 0 ? buffer_.size() : quote;
            field.bytes.append(buffer_.constData() + pos_, end - pos_);
            consumed_ += end - pos_;
            pos_ = end;
            if (quote < 0)
                continue;
            ++pos_;
            ++consumed_;
            if (pos_ >= buffer_.size())
                fill();
            if (pos_ < buffer_.size() && buffer_.at(pos_) == '"') {
                field.bytes += '"';
                ++pos_;
                ++consumed_;
            } else {
                inQuotes = false;
                afterQuote = true;
            }
            continue;
        }
        const char c = buffer_.at(pos_++);
        ++consumed_;
        if (c == ',') {
            record << field;
            field = {};
            afterQuote = false;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r') {
                if (pos_ >= buffer_.size())
                    fill();
                if (pos_ < buffer_.size() && buffer_.at(pos_) == '\n') {
                    ++pos_;
                    ++consumed_;
                }
            }
            record << field;
            return true;
        }
        if (afterQuote)
            fail(QStringLiteral("csv.quote"),
                 Text::tr("มีตัวอักษรต่อท้ายเครื่องหมายคำพูดปิด ช่องที่ครอบด้วยเครื่องหมายคำพูด"
                          "ต้องจบด้วยเครื่องหมายคำพูดแล้วตามด้วยจุลภาคหรือขึ้นบรรทัดใหม่"),
                 static_cast<int>(record.size()));
        if (c == '"') {
            if (field.bytes.isEmpty()) {
                field.quoted = true;
                inQuotes = true;
                continue;
            }
            fail(QStringLiteral("csv.quote"),
                 Text::tr("มีเครื่องหมายคำพูด (\") อยู่กลางช่องที่ไม่ได้ครอบด้วยเครื่องหมายคำพูด"),
                 static_cast<int>(record.size()));
        }
        field.bytes += c;
    }
}

}  // namespace thanrak
