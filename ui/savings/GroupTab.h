#pragma once

#include <QWidget>

namespace thanrak::ui {

// One tab of the savings-group page (วันสัจจะ, สมาชิก, เงินกู้, สมุดเงินสด, ...).
// The page owns the choice of group; each tab shows that group's side of the
// books and reads the file again whenever it is asked to.
class GroupTab : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The tab's label, translated.
    virtual QString title() const = 0;
    // Shows the group with this organisation id (empty: no group chosen).
    // Called when the user picks a group and each time the page is shown.
    virtual void showOrganisation(const QString& organisationId) = 0;
};

}  // namespace thanrak::ui
