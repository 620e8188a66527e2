#include "report/ReportPdf.h"

#include "base/Error.h"
#include "report/PageFlow.h"
#include "report/ReportCsv.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

int writePdf(const ReportDocument& document, QIODevice& out, const RenderOptions& options) {
    QPdfWriter writer(&out);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Thanrak"));
    writer.setTitle(document.header.title);
    return renderReport(document, writer, options);
}

[[noreturn]] void cannotWrite(const QString& path, const QString& why) {
    throw Error(QStringLiteral("report.write"),
                Text::tr("บันทึกรายงานลงไฟล์ %1 ไม่ได้: %2 ไฟล์เดิม (ถ้ามี) ยังอยู่ครบ")
                    .arg(QFileInfo(path).absoluteFilePath(), why));
}
}  // namespace

QPageLayout reportPageLayout(const ReportDocument& document) {
    return QPageLayout(QPageSize(QPageSize::A4),
                       document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(15, 12, 12, 10), QPageLayout::Millimeter);
}

int renderReport(const ReportDocument& document, QPagedPaintDevice& device,
                 const RenderOptions& options, bool keepLayout) {
    if (!keepLayout)
        device.setPageLayout(reportPageLayout(document));
    const int pages = PageFlow(device, document, options, nullptr, 0).run();
    QPainter painter;
    if (!painter.begin(&device))
        throw Error(QStringLiteral("report.write"),
                    Text::tr("เริ่มพิมพ์รายงานไม่ได้ ตรวจดูเครื่องพิมพ์หรือที่บันทึกไฟล์แล้วลองใหม่"));
    painter.setPen(QPen(Qt::black, device.logicalDpiY() / 254.0));  // a 0.1 mm rule
    return PageFlow(device, document, options, &painter, pages).run();
}

QByteArray reportPdf(const ReportDocument& document, const RenderOptions& options) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writePdf(document, buffer, options);
    buffer.close();
    return bytes;
}

int saveReport(const ReportDocument& document, const QString& path, const RenderOptions& options) {
    int pages = 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        cannotWrite(path, file.errorString());
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        const QByteArray csv = reportCsv(document);
        if (file.write(csv) != csv.size())
            cannotWrite(path, file.errorString());
    } else {
        pages = writePdf(document, file, options);
    }
    if (!file.commit())
        cannotWrite(path, file.errorString());
    return pages;
}

}  // namespace thanrak
