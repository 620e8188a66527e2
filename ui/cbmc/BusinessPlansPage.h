#pragma once

#include "report/ReportDocument.h"
#include "shell/ModulePage.h"

#include <optional>

class QLabel;
class QPushButton;
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
class PlanListTab;
class StepsTab;

// แผนธุรกิจชุมชน: the first tab lists the district's plans by step; the
// others work on the plan chosen there, named above the tabs: its canvas,
// figures, capacity building, steps and versions compared. The canvas gets
// the page's whole width, so its nine blocks fit a 1366×768 screen.
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

    PlanListTab* planList() const { return list_; }
    ListTable* plans() const;
    QTabWidget* tabs() const { return tabs_; }
    CanvasTab* canvas() const { return canvas_; }
    FiguresTab* figures() const { return figures_; }
    KsnbTab* ksnb() const { return ksnb_; }
    StepsTab* steps() const { return steps_; }
    CompareTab* compare() const { return compare_; }
    QLabel* heading() const { return heading_; }

private:
    // Names the chosen plan; the tabs read it again when it is another plan
    // than the one shown, or when `force` (the plan itself was edited).
    void showCurrent(bool force);

    Database& db_;
    QLabel* heading_;
    QPushButton* printCanvas_;
    QPushButton* printPlan_;
    QTabWidget* tabs_;
    PlanListTab* list_;
    CanvasTab* canvas_;
    FiguresTab* figures_;
    KsnbTab* ksnb_;
    StepsTab* steps_;
    CompareTab* compare_;
    QString shown_;
};

}  // namespace thanrak::ui
