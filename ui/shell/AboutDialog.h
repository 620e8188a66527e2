#pragma once

class QWidget;

namespace thanrak::ui {

// เกี่ยวกับ: version, where the data and the log are kept (for support calls).
void showAbout(QWidget* parent);

}  // namespace thanrak::ui
