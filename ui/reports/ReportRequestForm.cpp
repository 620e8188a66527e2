#include "reports/ReportRequestForm.h"

#include "cbmc/PlanRepository.h"
#include "cbmc/VersionRepository.h"
#include "domain/MembershipRepository.h"
#include "domain/OrganisationRepository.h"
#include "domain/PlaceRepository.h"
#include "otop/ProductRepository.h"
#include "thai/ThaiDate.h"
#include "widgets/ThaiDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace thanrak::ui {

ReportRequestForm::ReportRequestForm(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      form_(new QFormLayout(this)),
      organisation_(new QComboBox(this)),
      member_(new QComboBox(this)),
      subdistrict_(new QComboBox(this)),
      product_(new QComboBox(this)),
      plan_(new QComboBox(this)),
      version_(new QComboBox(this)),
      from_(new ThaiDateEdit(this)),
      to_(new ThaiDateEdit(this)),
      month_(new QComboBox(this)),
      year_(new QSpinBox(this)),
      thaiDigits_(new QCheckBox(tr("พิมพ์เป็นเลขไทย (๑ ๒ ๓)"), this)),
      fullIds_(new QCheckBox(tr("พิมพ์เลขประจำตัวประชาชนเต็ม"), this)) {
    organisation_->setObjectName(QStringLiteral("reportOrganisation"));
    member_->setObjectName(QStringLiteral("reportMember"));
    subdistrict_->setObjectName(QStringLiteral("reportSubdistrict"));
    product_->setObjectName(QStringLiteral("reportProduct"));
    plan_->setObjectName(QStringLiteral("reportPlan"));
    version_->setObjectName(QStringLiteral("reportVersion"));
    for (QComboBox* box : {product_, plan_}) {
        box->setMinimumContentsLength(24);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    from_->setObjectName(QStringLiteral("reportFrom"));
    to_->setObjectName(QStringLiteral("reportTo"));
    month_->setObjectName(QStringLiteral("reportMonth"));
    year_->setObjectName(QStringLiteral("reportYear"));
    thaiDigits_->setObjectName(QStringLiteral("reportThaiDigits"));
    fullIds_->setObjectName(QStringLiteral("reportFullIds"));
    organisation_->setMinimumContentsLength(24);
    organisation_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    member_->setMinimumContentsLength(24);
    member_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (int m = 1; m <= 12; ++m) month_->addItem(thaiMonthName(m), m);
    const QDate today = QDate::currentDate();
    year_->setRange(buddhistYear(2000), buddhistYear(2100));
    year_->setValue(buddhistYear(today.year()));
    month_->setCurrentIndex(today.month() - 1);
    from_->setDate(QDate(today.year(), 1, 1));
    to_->setDate(today);
    subdistrict_->addItem(tr("ทุกตำบล"), QString());
    for (const District& district : PlaceRepository(db_).districtsInUse())
        for (const Subdistrict& s : PlaceRepository(db_).subdistricts(district.code))
            subdistrict_->addItem(s.nameTh, s.code);
    form_->addRow(tr("องค์กร:"), organisation_);
    form_->addRow(tr("สมาชิก:"), member_);
    form_->addRow(tr("ตำบล:"), subdistrict_);
    form_->addRow(tr("ผลิตภัณฑ์:"), product_);
    form_->addRow(tr("แผน:"), plan_);
    form_->addRow(tr("รุ่นของแผน:"), version_);
    form_->addRow(tr("ตั้งแต่วันที่:"), from_);
    form_->addRow(tr("ถึงวันที่:"), to_);
    form_->addRow(tr("เดือน:"), month_);
    form_->addRow(tr("ปี พ.ศ.:"), year_);
    form_->addRow(QString(), thaiDigits_);
    form_->addRow(QString(), fullIds_);
    connect(organisation_, &QComboBox::currentIndexChanged, this, [this] {
        reloadMembers();
        emit changed();
    });
    connect(subdistrict_, &QComboBox::currentIndexChanged, this, [this] {
        reloadProducts();
        emit changed();
    });
    connect(plan_, &QComboBox::currentIndexChanged, this, [this] {
        reloadVersions();
        emit changed();
    });
    for (QComboBox* box : {member_, month_, product_, version_})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportRequestForm::changed);
    connect(year_, &QSpinBox::valueChanged, this, &ReportRequestForm::changed);
    connect(from_, &ThaiDateEdit::edited, this, &ReportRequestForm::changed);
    connect(to_, &ThaiDateEdit::edited, this, &ReportRequestForm::changed);
}

void ReportRequestForm::setRowVisible(QWidget* field, bool visible) {
    form_->setRowVisible(field, visible);
}

void ReportRequestForm::showFor(const ReportInfo& info) {
    info_ = info;
    const bool district = info.scope == ReportScope::District;
    // A plan report names its plan, which only the plan page knows.
    const bool plan = info.scope == ReportScope::Plan;
    const bool productSheet = info.name == QLatin1String("product-sheet");
    setRowVisible(organisation_, !district && !plan);
    setRowVisible(subdistrict_, district);
    setRowVisible(product_, productSheet);
    setRowVisible(plan_, plan);
    setRowVisible(version_, plan);
    setRowVisible(member_,
                  info.name == QLatin1String("passbook") || info.name == QLatin1String("receipts"));
    setRowVisible(from_, info.period == ReportPeriod::Range);
    setRowVisible(to_, info.period == ReportPeriod::Range || info.period == ReportPeriod::AsOf);
    if (auto* label = qobject_cast<QLabel*>(form_->labelForField(to_)))
        label->setText(info.period == ReportPeriod::AsOf ? tr("ณ วันที่:") : tr("ถึงวันที่:"));
    setRowVisible(month_, info.period == ReportPeriod::Month);
    setRowVisible(year_, info.period == ReportPeriod::Month || info.period == ReportPeriod::Year);
    setRowVisible(fullIds_, info.name == QLatin1String("passbook"));
    reloadOrganisations();
    if (productSheet) reloadProducts();
    if (plan) reloadPlans();
}

// The tambon's products, or the district's; the first line prints them all.
void ReportRequestForm::reloadProducts() {
    const QString chosen = product_->currentData().toString();
    const QSignalBlocker block(product_);
    product_->clear();
    product_->addItem(tr("ทุกผลิตภัณฑ์ (หน้าละหนึ่งผลิตภัณฑ์)"), QString());
    ProductFilter filter;
    filter.subdistrictCode = subdistrict_->currentData().toString();
    for (const ProductRow& row : ProductRepository(db_).list(filter))
        product_->addItem(QStringLiteral("%1 · %2").arg(row.product.name, row.producerName), row.product.id);
    product_->setCurrentIndex(std::max(0, product_->findData(chosen)));
}

void ReportRequestForm::reloadPlans() {
    const QString chosen = plan_->currentData().toString();
    {
        const QSignalBlocker block(plan_);
        plan_->clear();
        for (const BusinessPlanRow& row : PlanRepository(db_).list())
            plan_->addItem(QStringLiteral("%1 (%2 · %3)").arg(row.plan.title, row.organisationName, row.subdistrictName),
                           row.plan.id);
        plan_->setCurrentIndex(std::max(0, plan_->findData(chosen)));
    }
    reloadVersions();
}

void ReportRequestForm::reloadVersions() {
    const QSignalBlocker block(version_);
    version_->clear();
    version_->addItem(tr("รุ่นล่าสุด"), QString());
    const QString planId = plan_->currentData().toString();
    if (!planId.isEmpty())
        for (const PlanVersion& v : VersionRepository(db_).versions(planId))
            version_->addItem(tr("รุ่น %1 (%2)").arg(v.number).arg(formatThaiDate(v.dated, ThaiDateStyle::Numeric)), v.id);
}

void ReportRequestForm::reloadOrganisations() {
    const QString chosen = organisation_->currentData().toString();
    const QSignalBlocker block(organisation_);
    organisation_->clear();
    for (const OrganisationSummary& row : OrganisationRepository(db_).list({}))
        if (reportFitsKind(info_.scope, row.organisation.kind))
            organisation_->addItem(
                QStringLiteral("%1 (%2)").arg(row.organisation.name, row.villageLabel),
                row.organisation.id);
    const int index = organisation_->findData(chosen);
    organisation_->setCurrentIndex(index >= 0 ? index : 0);
    reloadMembers();
}

void ReportRequestForm::reloadMembers() {
    const QSignalBlocker block(member_);
    member_->clear();
    member_->addItem(tr("ทุกคน"), QString());
    for (const MemberRow& row :
         MembershipRepository(db_).members(organisation_->currentData().toString(), true))
        member_->addItem(
            QStringLiteral("%1  %2").arg(row.membership.memberNo, personDisplayName(row.person)),
            row.membership.id);
}

ReportRequest ReportRequestForm::request() const {
    ReportRequest request;
    request.organisationId = organisation_->currentData().toString();
    request.membershipId = member_->currentData().toString();
    request.subdistrictCode = subdistrict_->currentData().toString();
    if (form_->isRowVisible(product_)) request.productId = product_->currentData().toString();
    if (form_->isRowVisible(plan_)) {
        request.planId = plan_->currentData().toString();
        request.versionId = version_->currentData().toString();
    }
    request.today = QDate::currentDate();
    request.showFullIds = fullIds_->isChecked();
    const int year = year_->value() - 543;
    switch (info_.period) {
        case ReportPeriod::AsOf:
            request.to = to_->date();
            break;
        case ReportPeriod::Range:
            request.from = from_->date();
            request.to = to_->date();
            break;
        case ReportPeriod::Month:
            request.to = QDate(year, month_->currentData().toInt(), 1);
            break;
        case ReportPeriod::Year:
            request.to = QDate(year, 12, 31);
            break;
    }
    return request;
}

bool ReportRequestForm::thaiDigits() const {
    return thaiDigits_->isChecked();
}

}  // namespace thanrak::ui
