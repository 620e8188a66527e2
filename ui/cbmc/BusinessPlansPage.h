#pragma once

#include "shell/ModulePage.h"

class QPushButton;

#include "report/ReportDocument.h"

#include <optional>
class QTabWidget;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class CanvasTab;
class CompareTab;
class FiguresTab;
class KsnbTab;
class ListTable;
class StepsTab;

// แผนธุรกิจชุมชน: the district's community business plans on the left
// (organisation, tambon, the step each is at), and the chosen plan on the
// right: its canvas, figures, capacity building, steps and versions compared.
class BusinessPlansPage : public ModulePage {
    Q_OBJECT

public:
    explicit BusinessPlansPage(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void refresh() override;

    void newPlan();
    // The chosen plan's canvas ("business-canvas") or plan document
    // ("business-plan") for the version shown, built by the report system;
    // empty, with the reason shown, when it cannot be built.
    std::optional<ReportDocument> planReport(const QString& reportName);
    void printPlanReport(const QString& reportName);
    void select(const QString& planId);
    QString currentPlanId() const;

    ListTable* plans() const { return plans_; }
    QTabWidget* tabs() const { return tabs_; }
    CanvasTab* canvas() const { return canvas_; }
    FiguresTab* figures() const { return figures_; }
    KsnbTab* ksnb() const { return ksnb_; }
    StepsTab* steps() const { return steps_; }
    CompareTab* compare() const { return compare_; }

private:
    void fill();
    void showCurrent();

    Database& db_;
    ListTable* plans_;
    QPushButton* add_;
    QPushButton* printCanvas_;
    QPushButton* printPlan_;
    QTabWidget* tabs_;
    CanvasTab* canvas_;
    FiguresTab* figures_;
    KsnbTab* ksnb_;
    StepsTab* steps_;
    CompareTab* compare_;
};

}  // namespace thanrak::ui
