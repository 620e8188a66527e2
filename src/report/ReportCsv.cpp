#include "report/ReportCsv.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

class CsvLines {
public:
    void row(const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& field : fields) quoted.append(csvField(field));
        text_ += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    void blank() { text_ += QStringLiteral("\r\n"); }
    QByteArray bytes() const { return QByteArray("\xEF\xBB\xBF") + text_.toUtf8(); }

private:
    QString text_;
};

QStringList fieldsOf(const CellRow& cells) {
    QStringList fields;
    for (const Cell& cell : cells) {
        fields.append(cell.csvValue());
        for (int i = 1; i < cell.span; ++i) fields.append(QString());
    }
    return fields;
}

void writeTable(CsvLines& out, const ReportTable& table) {
    if (!table.caption.isEmpty())
        out.row({table.caption});
    QStringList titles;
    for (const Column& column : table.columns) titles.append(column.title);
    out.row(titles);
    for (const CellRow& row : table.rows) out.row(fieldsOf(row));
}

// A row per card: its box, its place in the box, its text and amount; a box
// without cards still has its row, so every block of the canvas is listed.
void writeCanvas(CsvLines& out, const ReportCanvas& canvas) {
    out.row({Text::tr("ช่อง"), Text::tr("ลำดับ"), Text::tr("ข้อความ"), Text::tr("จำนวนเงิน")});
    for (const CanvasBox& box : canvas.boxes) {
        if (box.cards.isEmpty())
            out.row({box.title, {}, {}, {}});
        for (qsizetype i = 0; i < box.cards.size(); ++i)
            out.row({box.title, QString::number(i + 1), box.cards[i].text,
                     box.cards[i].amount.csvValue()});
    }
    if (canvas.totals.isEmpty())
        return;
    out.blank();
    for (const auto& [label, value] : canvas.totals) out.row({label, value.csvValue()});
}

}  // namespace

QString csvField(const QString& value) {
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : value) quote = quote || special.contains(c);
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray reportCsv(const ReportDocument& document) {
    CsvLines out;
    const ReportHeader& h = document.header;
    for (const QString& line : {h.title, h.organisation, h.place, h.period})
        if (!line.isEmpty())
            out.row({line});
    for (const ReportBlock& block : document.blocks) {
        if (const auto* table = std::get_if<ReportTable>(&block)) {
            out.blank();
            writeTable(out, *table);
        } else if (const auto* facts = std::get_if<ReportFacts>(&block)) {
            out.blank();
            for (const auto& [label, value] : facts->lines) out.row({label, value});
        } else if (const auto* canvas = std::get_if<ReportCanvas>(&block)) {
            out.blank();
            writeCanvas(out, *canvas);
        } else if (const auto* paragraph = std::get_if<ReportParagraph>(&block)) {
            out.blank();
            out.row({paragraph->text});
        }
        // Signatures, page breaks and pictures have no place in a spreadsheet.
    }
    return out.bytes();
}

}  // namespace thanrak
