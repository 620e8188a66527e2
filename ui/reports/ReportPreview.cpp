#include "reports/ReportPreview.h"

#include "base/Error.h"
#include "report/ReportPdf.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace thanrak::ui {

void previewReport(const ReportDocument& document, const RenderOptions& options, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(reportPageLayout(document));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(document.header.title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        try {
            renderReport(document, *target, options, true);
        } catch (const Error& error) {
            QMessageBox::warning(&dialog, QCoreApplication::translate("ReportsPage", "พิมพ์ไม่สำเร็จ"), error.message());
        }
    });
    dialog.resize(1100, 760);
    dialog.exec();
}

}  // namespace thanrak::ui
