#pragma once

#include "report/ReportDocument.h"
#include "shell/ModulePage.h"

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ReportRequestForm;

// รายงาน: every printable report in one place. The user picks a report from
// the list (grouped: a group's or fund's papers, a fund's own, the district
// office's), fills in what it asks for, then previews and prints it, saves
// it as PDF, or exports it as CSV for Excel. Building and rendering are the
// core's (src/reports, src/report); this page only collects the choices.
class ReportsPage : public ModulePage {
    Q_OBJECT

public:
    explicit ReportsPage(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void refresh() override;

    QListWidget* list() const { return list_; }
    ReportRequestForm* form() const { return form_; }
    QPushButton* previewButton() const { return preview_; }
    QPushButton* pdfButton() const { return pdf_; }
    QPushButton* csvButton() const { return csv_; }
    QPushButton* settingsButton() const { return settings_; }
    QLabel* outcome() const { return outcome_; }

    // Selects a report by its catalog name ("cash-book").
    void choose(const QString& name);
    // The chosen report built as the form says; empty (and the reason shown)
    // when it cannot be built.
    std::optional<ReportDocument> build();
    // Saves without asking where: for tests and the file dialogs below.
    bool saveTo(const QString& path);

private:
    void chosen();
    void previewReport();
    void saveAs(const QString& suffix);
    void editSettings();
    void tell(const QString& text, bool problem);

    Database& db_;
    QListWidget* list_;
    ReportRequestForm* form_;
    QLabel* heading_;
    QLabel* purpose_;
    QPushButton* preview_;
    QPushButton* pdf_;
    QPushButton* csv_;
    QPushButton* settings_;
    QLabel* outcome_;
};

}  // namespace thanrak::ui
