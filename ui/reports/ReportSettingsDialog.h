#pragma once

#include "reports/ReportSettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// ตั้งค่าการพิมพ์: an organisation's logo and the names printed under the
// signature lines of its reports. A name left empty is taken from the
// committee terms in force on each report's day.
class ReportSettingsDialog : public QDialog {
    Q_OBJECT

public:
    ReportSettingsDialog(Database& database, const QString& organisationId,
                         const QString& organisationName, QWidget* parent = nullptr);

    // For tests and the file dialog: use this picture as the logo.
    bool useLogoFile(const QString& path);
    QLineEdit* preparerEdit() const { return preparer_; }
    QLineEdit* chairEdit() const { return chair_; }
    QLineEdit* auditorEdit() const { return auditor_; }

    void accept() override;

private:
    void chooseLogo();
    void showLogo();

    Database& db_;
    ReportSettings settings_;
    QLabel* logo_;
    QLabel* problem_;
    QLineEdit* preparer_;
    QLineEdit* chair_;
    QLineEdit* auditor_;
};

}  // namespace thanrak::ui
