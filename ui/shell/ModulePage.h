#pragma once

#include <QWidget>

namespace thanrak::ui {

// One module of the main window (องค์กร, บุคคล, later กลุ่มออมทรัพย์, รายงาน ...):
// an entry in the navigation list and the page it shows.
class ModulePage : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The navigation entry, translated.
    virtual QString title() const = 0;
    // Reads the file again; called each time the page is shown, since another
    // page may have changed what it lists.
    virtual void refresh() = 0;
};

}  // namespace thanrak::ui
