#include "cbmc/BusinessPlansPage.h"

#include "cbmc/CanvasTab.h"
#include "cbmc/CompareTab.h"
#include "cbmc/FiguresTab.h"
#include "cbmc/KsnbTab.h"
#include "cbmc/NewPlanDialog.h"
#include "cbmc/PlanRepository.h"
#include "cbmc/StepsTab.h"
#include "base/Error.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportPreview.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

BusinessPlansPage::BusinessPlansPage(Database& database, QWidget* parent)
    : ModulePage(parent),
      db_(database),
      plans_(new ListTable({tr("แผน"), tr("องค์กร"), tr("ตำบล"), tr("ขั้นตอน")}, {0, 1}, this)),
      add_(new QPushButton(tr("สร้างแผนใหม่…"), this)),
      printCanvas_(new QPushButton(tr("พิมพ์แคนวาส…"), this)),
      printPlan_(new QPushButton(tr("พิมพ์แผนธุรกิจ…"), this)),
      tabs_(new QTabWidget(this)),
      canvas_(new CanvasTab(database, this)),
      figures_(new FiguresTab(database, this)),
      ksnb_(new KsnbTab(database, this)),
      steps_(new StepsTab(database, this)),
      compare_(new CompareTab(database, this)) {
    setObjectName(QStringLiteral("businessPlansPage"));
    plans_->setObjectName(QStringLiteral("plansTable"));
    add_->setObjectName(QStringLiteral("newPlan"));
    tabs_->setObjectName(QStringLiteral("planTabs"));
    tabs_->addTab(canvas_, tr("แคนวาส"));
    tabs_->addTab(figures_, tr("ตัวเลข"));
    tabs_->addTab(ksnb_, tr("KSNB"));
    tabs_->addTab(steps_, tr("ขั้นตอน"));
    tabs_->addTab(compare_, tr("เปรียบเทียบรุ่น"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(plans_, 1);
    leftLayout->addWidget(add_, 0, Qt::AlignLeft);
    auto* printing = new QHBoxLayout;
    printing->addWidget(printCanvas_);
    printing->addWidget(printPlan_);
    printing->addStretch(1);
    leftLayout->addLayout(printing);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(tabs_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setChildrenCollapsible(false);
    split->setSizes({240, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(add_, &QPushButton::clicked, this, &BusinessPlansPage::newPlan);
    printCanvas_->setObjectName(QStringLiteral("printCanvas"));
    printPlan_->setObjectName(QStringLiteral("printPlan"));
    connect(printCanvas_, &QPushButton::clicked, this,
            [this] { printPlanReport(QStringLiteral("business-canvas")); });
    connect(printPlan_, &QPushButton::clicked, this,
            [this] { printPlanReport(QStringLiteral("business-plan")); });
    connect(plans_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BusinessPlansPage::showCurrent);
    // A new version or an edited card changes the figures and the comparison.
    connect(canvas_, &CanvasTab::changed, this, [this] {
        figures_->showVersion(currentPlanId(), canvas_->versionId());
        compare_->showPlan(currentPlanId());
    });
    connect(canvas_->versionBox(), &QComboBox::currentIndexChanged, this,
            [this] { figures_->showVersion(currentPlanId(), canvas_->versionId()); });
    connect(steps_, &StepsTab::changed, this, &BusinessPlansPage::fill);
}

QString BusinessPlansPage::title() const {
    return tr("แผนธุรกิจชุมชน");
}

void BusinessPlansPage::refresh() {
    fill();
}

QString BusinessPlansPage::currentPlanId() const {
    return plans_->currentData().toString();
}

void BusinessPlansPage::fill() {
    const QString before = currentPlanId();
    {
        const QSignalBlocker blocker(plans_->selectionModel());
        plans_->clearRows();
        for (const BusinessPlanRow& row : PlanRepository(db_).list()) {
            ListCell name = ListCell::of(row.plan.title);
            name.data = row.plan.id;
            const std::optional<PlanStep> step = row.currentStep();
            ListCell where = ListCell::of(step ? tr("%1 (%2)").arg(stepNumber(*step)).arg(stepStatusLabel(row.status(*step)))
                                               : tr("ครบ 4 ขั้นตอน"));
            plans_->addRow({name, ListCell::of(row.organisationName), ListCell::of(row.subdistrictName), where});
        }
    }
    select(before);
    showCurrent();
}

void BusinessPlansPage::select(const QString& planId) {
    QAbstractItemModel* model = plans_->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (!planId.isEmpty() && model->index(r, 0).data(Qt::UserRole).toString() == planId) {
            plans_->setCurrentIndex(model->index(r, 0));
            return;
        }
    if (model->rowCount() > 0 && !plans_->currentIndex().isValid()) plans_->setCurrentIndex(model->index(0, 0));
}

void BusinessPlansPage::showCurrent() {
    const QString id = currentPlanId();
    printCanvas_->setEnabled(!id.isEmpty());
    printPlan_->setEnabled(!id.isEmpty());
    canvas_->showPlan(id);
    figures_->showVersion(id, canvas_->versionId());
    ksnb_->showPlan(id);
    steps_->showPlan(id);
    compare_->showPlan(id);
}

std::optional<ReportDocument> BusinessPlansPage::planReport(const QString& reportName) {
    const std::optional<ReportInfo> info = findReport(reportName);
    if (!info || currentPlanId().isEmpty()) return std::nullopt;
    ReportRequest request;
    request.planId = currentPlanId();
    request.versionId = canvas_->versionId();
    request.today = QDate::currentDate();
    request.to = request.today;
    try {
        return buildReport(db_, *info, request);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("พิมพ์ไม่สำเร็จ"), error.message());
        return std::nullopt;
    }
}

void BusinessPlansPage::printPlanReport(const QString& reportName) {
    if (const std::optional<ReportDocument> document = planReport(reportName))
        previewReport(*document, RenderOptions{}, this);
}

void BusinessPlansPage::newPlan() {
    NewPlanDialog dialog(db_, this);
    if (dialog.exec() != QDialog::Accepted) return;
    fill();
    select(dialog.plan().id);
    showCurrent();
}

}  // namespace thanrak::ui
