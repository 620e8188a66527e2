#pragma once

#include "report/ReportDocument.h"

class QWidget;

namespace thanrak::ui {

// The print preview of a built report, with its page size and orientation;
// printing from it goes to the printer the user picks there.
void previewReport(const ReportDocument& document, const RenderOptions& options, QWidget* parent);

}  // namespace thanrak::ui
