#include "cbmc/CompareTab.h"

#include "cbmc/VersionComparison.h"
#include "cbmc/VersionRepository.h"
#include "money/MoneyFormat.h"
#include "widgets/ListTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
QString cardText(const CanvasItem& item) {
    return item.amount ? QStringLiteral("%1 (%2)").arg(item.text, formatMoney(*item.amount)) : item.text;
}
}  // namespace

CompareTab::CompareTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      first_(new QComboBox(this)),
      second_(new QComboBox(this)),
      differencesOnly_(new QCheckBox(tr("แสดงเฉพาะที่ต่างกัน"), this)),
      table_(new ListTable({tr("ช่อง"), tr("รุ่นแรก"), tr("รุ่นที่สอง"), tr("ผล")}, {1, 2}, this)),
      figures_(new ListTable({tr("ตัวเลข"), tr("รุ่นแรก"), tr("รุ่นที่สอง"), tr("เปลี่ยนไป")}, {0}, this)) {
    first_->setObjectName(QStringLiteral("compareFirst"));
    second_->setObjectName(QStringLiteral("compareSecond"));
    table_->setObjectName(QStringLiteral("compareTable"));
    figures_->setObjectName(QStringLiteral("compareFigures"));
    auto* top = new QHBoxLayout;
    auto* firstLabel = new QLabel(tr("เทียบรุ่น:"), this);
    firstLabel->setBuddy(first_);
    auto* secondLabel = new QLabel(tr("กับรุ่น:"), this);
    secondLabel->setBuddy(second_);
    top->addWidget(firstLabel);
    top->addWidget(first_);
    top->addWidget(secondLabel);
    top->addWidget(second_);
    top->addSpacing(12);
    top->addWidget(differencesOnly_);
    top->addStretch(1);
    differencesOnly_->setObjectName(QStringLiteral("compareDifferencesOnly"));
    table_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(figures_);
    // Revenue, cost and profit always show whole; the cards take the rest.
    figures_->setFixedHeight(figures_->horizontalHeader()->sizeHint().height() +
                             3 * figures_->verticalHeader()->defaultSectionSize() + 2 * figures_->frameWidth());
    figures_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(first_, &QComboBox::currentIndexChanged, this, &CompareTab::fill);
    connect(second_, &QComboBox::currentIndexChanged, this, &CompareTab::fill);
    connect(differencesOnly_, &QCheckBox::toggled, this, &CompareTab::fill);
}

void CompareTab::showPlan(const QString& planId) {
    planId_ = planId;
    {
        const QSignalBlocker a(first_);
        const QSignalBlocker b(second_);
        first_->clear();
        second_->clear();
        if (!planId.isEmpty())
            for (const PlanVersion& v : VersionRepository(db_).versions(planId)) {
                first_->addItem(tr("รุ่น %1").arg(v.number), v.id);
                second_->addItem(tr("รุ่น %1").arg(v.number), v.id);
            }
        // The latest against the one before it.
        first_->setCurrentIndex(qMax(0, first_->count() - 2));
        second_->setCurrentIndex(second_->count() - 1);
    }
    fill();
}

void CompareTab::fill() {
    const QString a = first_->currentData().toString();
    const QString b = second_->currentData().toString();
    table_->setHeaders({tr("ช่อง"), a.isEmpty() ? tr("รุ่นแรก") : first_->currentText(),
                        b.isEmpty() ? tr("รุ่นที่สอง") : second_->currentText(), tr("ผล")});
    figures_->clearRows();
    if (a.isEmpty() || b.isEmpty()) return;
    const VersionComparison c = compareVersions(db_, a, b);
    const bool all = !differencesOnly_->isChecked();
    for (const BlockComparison& block : c.blocks) {
        ListCell where = ListCell::of(QStringLiteral("%1. %2").arg(blockNumber(block.block)).arg(canvasBlockLabel(block.block)));
        where.sortKey = blockNumber(block.block);
        const auto row = [&](const QString& before, const QString& after, const QString& outcome, bool differs) {
            ListCell result = ListCell::of(outcome);
            result.warning = differs;
            table_->addRow({where, ListCell::of(before), ListCell::of(after), result});
        };
        for (const CanvasItem& item : block.onlyFirst) row(cardText(item), QString(), tr("ตัดออก"), true);
        for (const CanvasItem& item : block.onlySecond) row(QString(), cardText(item), tr("เพิ่มใหม่"), true);
        for (const ItemChange& change : block.changed)
            row(cardText(change.before), cardText(change.after), tr("เปลี่ยน"), true);
        if (all)
            for (const CanvasItem& item : block.same) row(cardText(item), cardText(item), tr("เหมือนเดิม"), false);
    }
    figures_->setHeaders({tr("ตัวเลข"), first_->currentText(), second_->currentText(), tr("เปลี่ยนไป")});
    figures_->addRow({ListCell::of(tr("รายได้")), ListCell::money(c.first.revenue), ListCell::money(c.second.revenue),
                      ListCell::money(c.revenueChange())});
    figures_->addRow({ListCell::of(tr("ค่าใช้จ่าย")), ListCell::money(c.first.cost), ListCell::money(c.second.cost),
                      ListCell::money(c.costChange())});
    figures_->addRow({ListCell::of(tr("กำไร")), ListCell::money(c.first.profit()), ListCell::money(c.second.profit()),
                      ListCell::money(c.profitChange())});
}

}  // namespace thanrak::ui
