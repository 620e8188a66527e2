#pragma once

#include <QFont>

class QApplication;

namespace thanrak::ui {

// The interface font: TH Sarabun New where installed (the government standard),
// else Laksaman from fonts-thai-tlwg (drawn from TH Sarabun New), at `points`.
QFont interfaceFont(int points);

// Fusion with a high-contrast palette, the interface font, and roomy controls.
// Safe to call again when the user changes the font size.
void applyLook(QApplication& app, int points);

}  // namespace thanrak::ui
