#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>

class QPageLayout;
class QPagedPaintDevice;

namespace thanrak {

// Lays the report out on A4 pages of `device` (a QPdfWriter, or the QPrinter
// of a print preview) and paints them: the header on every page, tables split
// between rows with their column titles repeated, signature blocks kept whole,
// "หน้า 1/3" at the foot. Returns the number of pages. Needs a QGuiApplication.
// `keepLayout` leaves the device's page layout as the user set it (the
// orientation switch of a print preview); otherwise A4 in the document's
// orientation with the report margins. Returns the pages painted, which the
// measuring pass has already counted for the page numbers.
int renderReport(const ReportDocument& document, QPagedPaintDevice& device,
                 const RenderOptions& options = {}, bool keepLayout = false);

// A4 in the document's orientation with the margins reports use.
QPageLayout reportPageLayout(const ReportDocument& document);

// The report as PDF bytes, its fonts embedded.
QByteArray reportPdf(const ReportDocument& document, const RenderOptions& options = {});

// Writes the PDF (or, for a name ending in .csv, the CSV) to `path` safely:
// a half-written file never replaces a good one. Throws thanrak::Error
// ("report.write") naming the file when it cannot be written.
// Returns the pages written (0 for a CSV).
int saveReport(const ReportDocument& document, const QString& path,
               const RenderOptions& options = {});

}  // namespace thanrak
