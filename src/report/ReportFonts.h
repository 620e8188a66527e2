#pragma once

#include <QString>

namespace thanrak {

// The family reports print in: TH Sarabun New, the government's document
// font, when it is installed, else Laksaman (Debian's fonts-thai-tlwg, drawn
// to the same metrics). Needs a QGuiApplication.
QString reportFontFamily();

}  // namespace thanrak
