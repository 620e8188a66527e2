#include "cbmc/PlanListTab.h"

#include "base/Error.h"
#include "cbmc/PlanDialog.h"
#include "cbmc/PlanRepository.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"
#include "widgets/PlaceFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
// A step's status in a narrow column; the legend under the list and the
// ขั้นตอน tab say it in full.
QString shortStatus(StepStatus status) {
    switch (status) {
    case StepStatus::NotStarted: return PlanListTab::tr("–");
    case StepStatus::InProgress: return PlanListTab::tr("กำลังทำ");
    case StepStatus::Done: return PlanListTab::tr("เสร็จ");
    }
    return {};
}
}  // namespace

PlanListTab::PlanListTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      places_(new PlaceFilterBar(database, PlaceFilterBar::Mode::Filter, this)),
      table_(new ListTable({tr("แผน"), tr("องค์กร"), tr("ตำบล"), tr("รุ่นล่าสุด · วันที่"), tr("ขั้น 1"), tr("ขั้น 2"),
                            tr("ขั้น 3"), tr("ขั้น 4")},
                           {0, 1}, this)),
      add_(new QPushButton(tr("สร้างแผนใหม่…"), this)),
      edit_(new QPushButton(tr("แก้ไขแผน…"), this)),
      remove_(new QPushButton(tr("ลบแผน…"), this)),
      open_(new QPushButton(tr("เปิดแคนวาส"), this)),
      legend_(new QLabel(this)) {
    table_->setObjectName(QStringLiteral("plansTable"));
    add_->setObjectName(QStringLiteral("newPlan"));
    edit_->setObjectName(QStringLiteral("editPlan"));
    remove_->setObjectName(QStringLiteral("removePlan"));
    open_->setObjectName(QStringLiteral("openPlan"));
    QStringList steps;
    for (PlanStep step : allPlanSteps()) steps << tr("ขั้น %1 %2").arg(stepNumber(step)).arg(planStepLabel(step));
    legend_->setText(steps.join(QStringLiteral("  ·  ")));
    legend_->setWordWrap(true);
    legend_->setStyleSheet(QStringLiteral("color: #555;"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {add_, edit_, remove_, open_}) buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(places_);
    layout->addWidget(table_, 1);
    layout->addWidget(legend_);
    layout->addLayout(buttons);
    table_->installEventFilter(this);
    connect(places_, &PlaceFilterBar::changed, this, &PlanListTab::reload);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentChanged();
    });
    connect(table_, &QAbstractItemView::doubleClicked, this, &PlanListTab::opened);
    connect(add_, &QPushButton::clicked, this, &PlanListTab::newPlan);
    connect(edit_, &QPushButton::clicked, this, &PlanListTab::editPlan);
    connect(remove_, &QPushButton::clicked, this, &PlanListTab::removePlan);
    connect(open_, &QPushButton::clicked, this, &PlanListTab::opened);
    updateButtons();
}

QString PlanListTab::currentPlanId() const {
    return table_->currentData().toString();
}

void PlanListTab::reload() {
    const QString before = currentPlanId();
    {
        const QSignalBlocker blocker(table_->selectionModel());
        table_->clearRows();
        PlanFilter filter;
        filter.subdistrictCode = places_->subdistrictCode();
        for (const BusinessPlanRow& row : PlanRepository(db_).list(filter)) {
            ListCell name = ListCell::of(row.plan.title);
            name.data = row.plan.id;
            ListCell version = ListCell::of(
                tr("%1 · %2").arg(row.latestVersionNo).arg(formatThaiDate(row.latestVersionDate, ThaiDateStyle::Numeric)));
            version.sortKey = row.latestVersionDate;
            QList<ListCell> cells{name, ListCell::of(row.organisationName), ListCell::of(row.subdistrictName), version};
            const std::optional<PlanStep> at = row.currentStep();
            for (PlanStep step : allPlanSteps()) {
                ListCell cell = ListCell::of(shortStatus(row.status(step)));
                // The step the plan is at stands out from those done or not begun.
                cell.warning = at && *at == step;
                cells << cell;
            }
            table_->addRow(cells);
        }
    }
    select(before);
    updateButtons();
    emit currentChanged();
}

void PlanListTab::select(const QString& planId) {
    if (table_->selectData(planId)) return;
    QAbstractItemModel* model = table_->model();
    if (model->rowCount() > 0 && !table_->currentIndex().isValid()) table_->setCurrentIndex(model->index(0, 0));
}

void PlanListTab::updateButtons() {
    const bool chosen = !currentPlanId().isEmpty();
    edit_->setEnabled(chosen);
    remove_->setEnabled(chosen);
    open_->setEnabled(chosen);
}

void PlanListTab::newPlan() {
    PlanDialog dialog(db_, BusinessPlan{}, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const QString made = dialog.plan().id;
    {
        const QSignalBlocker quiet(this);  // the page reads the plan once, on changed()
        reload();
        select(made);
        // A plan of another tambon than the one listed: list the whole district.
        if (currentPlanId() != made && places_->subdistrictCombo()->currentIndex() != 0) {
            places_->subdistrictCombo()->setCurrentIndex(0);
            select(made);
        }
    }
    emit changed();
    if (currentPlanId() == made) emit opened();
}

void PlanListTab::editPlan() {
    const std::optional<BusinessPlanRow> row = PlanRepository(db_).find(currentPlanId());
    if (!row) return;
    PlanDialog dialog(db_, row->plan, this);
    if (dialog.exec() != QDialog::Accepted) return;
    {
        const QSignalBlocker quiet(this);
        reload();
    }
    emit changed();
}

void PlanListTab::removePlan() {
    const std::optional<BusinessPlanRow> row = PlanRepository(db_).find(currentPlanId());
    if (!row) return;
    const PlanContents held = PlanRepository(db_).contents(row->plan.id);
    QMessageBox ask(QMessageBox::Warning, tr("ลบแผนธุรกิจชุมชน"),
                    tr("ลบแผน “%1” ของ%2 ทั้งแผนหรือไม่").arg(row->plan.title, row->organisationName), QMessageBox::NoButton,
                    this);
    ask.setInformativeText(tr("จะลบ %1 รุ่น รายการบนแคนวาส %2 รายการ การพัฒนาศักยภาพ (KSNB) %3 รายการ "
                              "และไฟล์แนบ %4 ไฟล์ไปด้วย ลบแล้วเรียกคืนไม่ได้")
                               .arg(held.versions)
                               .arg(held.cards)
                               .arg(held.ksnbItems)
                               .arg(held.attachments));
    QPushButton* yes = ask.addButton(tr("ลบทั้งแผน"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(ask.addButton(tr("ไม่ลบ"), QMessageBox::RejectRole));
    ask.exec();
    if (ask.clickedButton() != yes) return;
    try {
        PlanRepository(db_).remove(row->plan.id);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("ลบแผนไม่ได้"), error.message());
        return;
    }
    {
        const QSignalBlocker quiet(this);
        reload();
    }
    emit changed();
}

bool PlanListTab::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !currentPlanId().isEmpty()) {
            emit opened();
            return true;
        }
        if (key == Qt::Key_Delete && !currentPlanId().isEmpty()) {
            removePlan();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace thanrak::ui
