#include "cbmc/NewPlanDialog.h"

#include "cbmc/PlanRepository.h"
#include "domain/OrganisationRepository.h"
#include "otop/ProducerRepository.h"
#include "otop/ProductRepository.h"
#include "widgets/FieldForm.h"

#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QListWidget>

namespace thanrak::ui {

NewPlanDialog::NewPlanDialog(Database& database, QWidget* parent)
    : RecordDialog(tr("สร้างแผนธุรกิจชุมชน"), parent),
      db_(database),
      organisation_(new QComboBox(this)),
      title_(new QLineEdit(this)),
      products_(new QListWidget(this)) {
    organisation_->setObjectName(QStringLiteral("planOrganisation"));
    title_->setObjectName(QStringLiteral("planTitle"));
    products_->setObjectName(QStringLiteral("planProducts"));
    organisation_->addItem(tr("— เลือกองค์กร —"), QString());
    for (const OrganisationSummary& o : OrganisationRepository(database).list({}))
        organisation_->addItem(QStringLiteral("%1 (%2)").arg(o.organisation.name, o.subdistrictName), o.organisation.id);
    organisation_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    organisation_->setMinimumContentsLength(30);
    products_->setMaximumHeight(fontMetrics().height() * 7);
    form()->addRow(tr("องค์กร"), organisation_, QStringLiteral("organisation_id"));
    form()->addRow(tr("ชื่อแผน"), title_, QStringLiteral("title"));
    form()->addRow(tr("ผลิตภัณฑ์ OTOP ในแผน (ไม่บังคับ)"), products_, QStringLiteral("products"));
    watch(organisation_, QStringLiteral("organisation_id"));
    watch(title_, QStringLiteral("title"));
    connect(organisation_, &QComboBox::currentIndexChanged, this, &NewPlanDialog::fillProducts);
    setTabChain({organisation_, title_, products_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    fillProducts();
    revalidate();
}

void NewPlanDialog::fillProducts() {
    products_->clear();
    const QString organisationId = organisation_->currentData().toString();
    if (!organisationId.isEmpty())
        for (const ProducerRow& producer : ProducerRepository(db_).list()) {
            if (producer.producer.organisationId != organisationId) continue;
            ProductFilter filter;
            filter.producerId = producer.producer.id;
            for (const ProductRow& row : ProductRepository(db_).list(filter)) {
                auto* item = new QListWidgetItem(row.product.name, products_);
                item->setData(Qt::UserRole, row.product.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
    products_->setEnabled(products_->count() > 0);
}

BusinessPlan NewPlanDialog::collect() const {
    BusinessPlan plan;
    plan.organisationId = organisation_->currentData().toString();
    plan.title = title_->text().trimmed();
    return plan;
}

FieldProblems NewPlanDialog::problems() {
    return PlanRepository(db_).check(collect());
}

void NewPlanDialog::saveRecord() {
    BusinessPlan plan = collect();
    PlanRepository repository(db_);
    repository.create(plan, QDate::currentDate());
    QStringList chosen;
    for (int i = 0; i < products_->count(); ++i)
        if (products_->item(i)->checkState() == Qt::Checked) chosen << products_->item(i)->data(Qt::UserRole).toString();
    if (!chosen.isEmpty()) repository.setProducts(plan.id, chosen);
    plan_ = plan;
}

}  // namespace thanrak::ui
