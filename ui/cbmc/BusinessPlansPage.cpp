#include "cbmc/BusinessPlansPage.h"

#include "base/Error.h"
#include "cbmc/CanvasTab.h"
#include "cbmc/CompareTab.h"
#include "cbmc/FiguresTab.h"
#include "cbmc/KsnbTab.h"
#include "cbmc/PlanListTab.h"
#include "cbmc/PlanRepository.h"
#include "cbmc/StepsTab.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportPreview.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

BusinessPlansPage::BusinessPlansPage(Database& database, QWidget* parent)
    : ModulePage(parent),
      db_(database),
      heading_(new QLabel(this)),
      printCanvas_(new QPushButton(tr("พิมพ์แคนวาส…"), this)),
      printPlan_(new QPushButton(tr("พิมพ์แผนธุรกิจ…"), this)),
      tabs_(new QTabWidget(this)),
      list_(new PlanListTab(database, this)),
      canvas_(new CanvasTab(database, this)),
      figures_(new FiguresTab(database, this)),
      ksnb_(new KsnbTab(database, this)),
      steps_(new StepsTab(database, this)),
      compare_(new CompareTab(database, this)) {
    setObjectName(QStringLiteral("businessPlansPage"));
    heading_->setObjectName(QStringLiteral("planHeading"));
    tabs_->setObjectName(QStringLiteral("planTabs"));
    printCanvas_->setObjectName(QStringLiteral("printCanvas"));
    printPlan_->setObjectName(QStringLiteral("printPlan"));
    heading_->setTextFormat(Qt::RichText);
    heading_->setMinimumWidth(0);
    heading_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    tabs_->addTab(list_, tr("แผนทั้งหมด"));
    tabs_->addTab(canvas_, tr("แคนวาส"));
    tabs_->addTab(figures_, tr("ตัวเลข"));
    tabs_->addTab(ksnb_, tr("KSNB"));
    tabs_->addTab(steps_, tr("ขั้นตอน"));
    tabs_->addTab(compare_, tr("เปรียบเทียบรุ่น"));
    auto* top = new QHBoxLayout;
    top->addWidget(heading_, 1);
    top->addWidget(printCanvas_);
    top->addWidget(printPlan_);
    auto* layout = new QVBoxLayout(this);
    // Every pixel of height goes to the canvas's three rows of blocks.
    layout->setContentsMargins(6, 2, 6, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(tabs_, 1);
    connect(printCanvas_, &QPushButton::clicked, this, [this] { printPlanReport(QStringLiteral("business-canvas")); });
    connect(printPlan_, &QPushButton::clicked, this, [this] { printPlanReport(QStringLiteral("business-plan")); });
    connect(list_, &PlanListTab::currentChanged, this, [this] { showCurrent(false); });
    connect(list_, &PlanListTab::changed, this, [this] { showCurrent(true); });
    connect(list_, &PlanListTab::opened, this, [this] { tabs_->setCurrentWidget(canvas_); });
    // A new version or an edited card changes the figures and the comparison.
    connect(canvas_, &CanvasTab::changed, this, [this] {
        figures_->showVersion(currentPlanId(), canvas_->versionId());
        compare_->showPlan(currentPlanId());
        list_->reload();
    });
    connect(canvas_->versionBox(), &QComboBox::currentIndexChanged, this,
            [this] { figures_->showVersion(currentPlanId(), canvas_->versionId()); });
    connect(steps_, &StepsTab::changed, list_, &PlanListTab::reload);
}

QString BusinessPlansPage::title() const {
    return tr("แผนธุรกิจชุมชน");
}

void BusinessPlansPage::refresh() {
    {
        const QSignalBlocker quiet(list_);
        list_->reload();
    }
    showCurrent(true);  // another page may have changed the books or the sales
}

ListTable* BusinessPlansPage::plans() const {
    return list_->table();
}

QString BusinessPlansPage::currentPlanId() const {
    return list_->currentPlanId();
}

void BusinessPlansPage::select(const QString& planId) {
    list_->select(planId);
}

void BusinessPlansPage::newPlan() {
    list_->newPlan();
}

void BusinessPlansPage::showCurrent(bool force) {
    const QString id = currentPlanId();
    const std::optional<BusinessPlanRow> row = id.isEmpty() ? std::nullopt : PlanRepository(db_).find(id);
    heading_->setText(row ? tr("<b>%1</b> · %2 · ตำบล%3").arg(row->plan.title.toHtmlEscaped(),
                                                                row->organisationName.toHtmlEscaped(),
                                                                row->subdistrictName.toHtmlEscaped())
                          : tr("ยังไม่ได้เลือกแผน สร้างแผนใหม่หรือเลือกจากรายการแผนทั้งหมด"));
    heading_->setToolTip(row ? row->plan.notes : QString());
    printCanvas_->setEnabled(row.has_value());
    printPlan_->setEnabled(row.has_value());
    for (int tab = 1; tab < tabs_->count(); ++tab) tabs_->setTabEnabled(tab, row.has_value());
    if (id == shown_ && !force) return;
    shown_ = id;
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

}  // namespace thanrak::ui
