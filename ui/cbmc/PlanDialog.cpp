#include "cbmc/PlanDialog.h"

#include "cbmc/PlanRepository.h"
#include "domain/OrganisationRepository.h"
#include "otop/ProducerRepository.h"
#include "otop/ProductRepository.h"
#include "widgets/FieldForm.h"

#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace thanrak::ui {

PlanDialog::PlanDialog(Database& database, const BusinessPlan& plan, QWidget* parent)
    : RecordDialog(plan.id.isEmpty() ? tr("สร้างแผนธุรกิจชุมชน") : tr("แก้ไขแผนธุรกิจชุมชน"), parent),
      db_(database),
      plan_(plan),
      organisation_(new QComboBox(this)),
      title_(new QLineEdit(plan.title, this)),
      notes_(new QPlainTextEdit(plan.notes, this)),
      products_(new QListWidget(this)) {
    organisation_->setObjectName(QStringLiteral("planOrganisation"));
    title_->setObjectName(QStringLiteral("planTitle"));
    notes_->setObjectName(QStringLiteral("planNotes"));
    products_->setObjectName(QStringLiteral("planProducts"));
    organisation_->addItem(tr("— เลือกองค์กร —"), QString());
    for (const OrganisationSummary& o : OrganisationRepository(database).list({}))
        organisation_->addItem(QStringLiteral("%1 (%2)").arg(o.organisation.name, o.subdistrictName), o.organisation.id);
    organisation_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    organisation_->setMinimumContentsLength(30);
    organisation_->setCurrentIndex(std::max(0, organisation_->findData(plan.organisationId)));
    notes_->setTabChangesFocus(true);
    notes_->setFixedHeight(fontMetrics().height() * 3);
    products_->setMaximumHeight(fontMetrics().height() * 7);
    form()->addRow(tr("องค์กร"), organisation_, QStringLiteral("organisation_id"));
    form()->addRow(tr("ชื่อแผน"), title_, QStringLiteral("title"));
    form()->addRow(tr("หมายเหตุ"), notes_, QStringLiteral("notes"));
    form()->addRow(tr("ผลิตภัณฑ์ OTOP ในแผน (ไม่บังคับ)"), products_, QStringLiteral("products"));
    watch(organisation_, QStringLiteral("organisation_id"));
    watch(title_, QStringLiteral("title"));
    connect(organisation_, &QComboBox::currentIndexChanged, this, [this] { fillProducts(checkedProducts()); });
    setTabChain({organisation_, title_, notes_, products_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    fillProducts(plan.id.isEmpty() ? QStringList() : PlanRepository(database).products(plan.id));
    if (plan.id.isEmpty())
        revalidate();
    else
        showAllProblems();
}

// The products of the chosen organisation's producers, those in `checked` ticked.
void PlanDialog::fillProducts(const QStringList& checked) {
    products_->clear();
    const auto offer = [this, &checked](const QString& id, const QString& name) {
        auto* item = new QListWidgetItem(name, products_);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    };
    const QString organisationId = organisation_->currentData().toString();
    if (!organisationId.isEmpty())
        for (const ProducerRow& producer : ProducerRepository(db_).list()) {
            if (producer.producer.organisationId != organisationId) continue;
            ProductFilter filter;
            filter.producerId = producer.producer.id;
            for (const ProductRow& row : ProductRepository(db_).list(filter)) offer(row.product.id, row.product.name);
        }
    // A product linked before but made by a producer outside the chosen
    // organisation stays listed (and ticked), so saving does not drop it.
    for (const QString& id : checked) {
        bool listed = false;
        for (int i = 0; i < products_->count(); ++i) listed = listed || products_->item(i)->data(Qt::UserRole) == id;
        if (listed) continue;
        if (const std::optional<ProductRow> row = ProductRepository(db_).find(id)) offer(id, row->product.name);
    }
    products_->setEnabled(products_->count() > 0);
}

QStringList PlanDialog::checkedProducts() const {
    QStringList chosen;
    for (int i = 0; i < products_->count(); ++i)
        if (products_->item(i)->checkState() == Qt::Checked) chosen << products_->item(i)->data(Qt::UserRole).toString();
    return chosen;
}

BusinessPlan PlanDialog::collect() const {
    BusinessPlan plan = plan_;
    plan.organisationId = organisation_->currentData().toString();
    plan.title = title_->text().trimmed();
    plan.notes = notes_->toPlainText().trimmed();
    return plan;
}

FieldProblems PlanDialog::problems() {
    return PlanRepository(db_).check(collect());
}

void PlanDialog::saveRecord() {
    BusinessPlan plan = collect();
    PlanRepository repository(db_);
    if (plan.id.isEmpty())
        repository.create(plan, QDate::currentDate(), checkedProducts());
    else
        repository.save(plan, checkedProducts());
    plan_ = plan;
}

}  // namespace thanrak::ui
