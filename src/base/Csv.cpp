#include "base/Csv.h"

#include "base/Error.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
// A small state machine over characters; enough for exchange files written by
// Excel or by Thanrak itself.
struct CsvState {
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    bool keepBlank = false;

    void endField() {
        record << field;
        field.clear();
        fieldStarted = false;
    }
    void endRecord() {
        endField();
        if (keepBlank || !(record.size() == 1 && record.front().isEmpty()))
            records << record;
        record.clear();
    }
};
}  // namespace

QList<QStringList> parseCsv(const QString& text, QChar delimiter, BlankLines blank) {
    CsvState s;
    s.keepBlank = blank == BlankLines::Keep;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (s.quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                s.field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                s.quoted = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++s.line;
                s.field += c;
            }
        } else if (c == QLatin1Char('"') && !s.fieldStarted) {
            s.quoted = s.fieldStarted = true;
            s.quoteLine = s.line;
        } else if (c == delimiter) {
            s.endField();
        } else if (c == QLatin1Char('\n')) {
            s.endRecord();
            ++s.line;
        } else if (c != QLatin1Char('\r')) {
            s.field += c;
            s.fieldStarted = true;
        }
    }
    if (s.quoted)
        throw Error(QStringLiteral("csv.quote"),
                    QCoreApplication::translate("Csv", "เครื่องหมายคำพูดที่เปิดไว้ในบรรทัดที่ %1 "
                                                       "ไม่มีเครื่องหมายปิด")
                        .arg(s.quoteLine),
                    ErrorLocation{{}, s.quoteLine, {}});
    if (s.fieldStarted || !s.record.isEmpty())
        s.endRecord();
    return s.records;
}

}  // namespace thanrak
