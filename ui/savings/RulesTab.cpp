#include "savings/RulesTab.h"

#include "allocation/PercentText.h"
#include "domain/OrganisationRepository.h"
#include "lending/InterestMethod.h"
#include "money/MoneyFormat.h"
#include "savings/GroupRulesDialog.h"
#include "savings/GroupRulesRepository.h"
#include "savings/LoanProductDialog.h"
#include "savings/LoanProductRepository.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RulesTab)
};

QString describeRules(const GroupRules& r) {
    QStringList lines;
    lines << Text::tr("<b>เริ่มใช้ %1</b>").arg(formatThaiDate(r.effectiveFrom, ThaiDateStyle::Long));
    lines << Text::tr("หุ้นละ %1 บาท ส่งเดือนละ %2–%3 หุ้น ค่าธรรมเนียมแรกเข้า %4 บาท")
                 .arg(formatMoney(r.shareValue))
                 .arg(r.minShares)
                 .arg(r.maxShares)
                 .arg(formatMoney(r.entranceFee));
    lines << Text::tr("วันสัจจะ: วันที่ %1 ของทุกเดือน; %2")
                 .arg(r.collectionDay)
                 .arg(r.depositsEnabled ? Text::tr("รับเงินฝากเพิ่มเติม") : Text::tr("ไม่รับเงินฝาก"));
    lines << Text::tr("ส่งสัจจะช้า: %1; ส่งงวดเงินกู้ช้า: %2")
                 .arg(r.lateSajjaFine.describe(), r.lateInstalmentFine.describe());
    QStringList heads;
    for (const AllocationHead& h : r.allocation.heads)
        heads << Text::tr("%1 %2").arg(h.name, percentText(h.percent));
    lines << Text::tr("จัดสรรกำไร: %1").arg(heads.join(QStringLiteral(", ")));
    lines << (r.allocation.dividendBasis == DividendBasis::TimeWeightedMonthly
                  ? Text::tr("ปันผลคิดถัวเฉลี่ยรายเดือน")
                  : Text::tr("ปันผลคิดจากยอดคงเหลือสิ้นปี"));
    return lines.join(QStringLiteral("<br>"));
}
}  // namespace

RulesTab::RulesTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      versions_(new ListTable({tr("เริ่มใช้"), tr("บันทึกเมื่อ")}, {}, this)),
      text_(new QLabel(this)),
      newVersion_(new QPushButton(tr("ออกระเบียบฉบับใหม่…"), this)),
      products_(new ListTable({tr("ประเภทเงินกู้"), tr("วิธีคิดดอกเบี้ย"), tr("ดอกเบี้ย"), tr("วงเงินสูงสุด"),
                               tr("เท่าของสัจจะ"), tr("ผ่อนนานสุด"), tr("สถานะ")},
                              {0}, this)),
      addProduct_(new QPushButton(tr("เพิ่มประเภทเงินกู้…"), this)),
      editProduct_(new QPushButton(tr("แก้ไข…"), this)) {
    setObjectName(QStringLiteral("rulesTab"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(buildRulesSide());
    split->addWidget(buildProductSide());
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(versions_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RulesTab::showVersion);
    connect(newVersion_, &QPushButton::clicked, this, &RulesTab::issueNewVersion);
    connect(addProduct_, &QPushButton::clicked, this, &RulesTab::addProduct);
    connect(editProduct_, &QPushButton::clicked, this, &RulesTab::editProduct);
    connect(products_, &QTableView::activated, this, &RulesTab::editProduct);
}

QString RulesTab::title() const {
    return tr("ระเบียบกลุ่มและประเภทเงินกู้");
}

QWidget* RulesTab::buildRulesSide() {
    auto* side = new QWidget(this);
    auto* row = new QHBoxLayout(side);
    row->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("ระเบียบกลุ่มแต่ละฉบับ"), side));
    left->addWidget(versions_, 1);
    left->addWidget(newVersion_);
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    text_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* scroll = new QScrollArea(side);
    scroll->setWidgetResizable(true);
    scroll->setWidget(text_);
    row->addLayout(left, 1);
    row->addWidget(scroll, 3);
    return side;
}

QWidget* RulesTab::buildProductSide() {
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("ประเภทเงินกู้ของกลุ่ม"), side), 1);
    buttons->addWidget(addProduct_);
    buttons->addWidget(editProduct_);
    layout->addLayout(buttons);
    layout->addWidget(products_, 1);
    return side;
}

void RulesTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    reload();
}

void RulesTab::reload() {
    versions_->clearRows();
    products_->clearRows();
    text_->clear();
    newVersion_->setEnabled(!organisationId_.isEmpty());
    addProduct_->setEnabled(!organisationId_.isEmpty());
    if (organisationId_.isEmpty())
        return;
    const QList<GroupRulesVersion> versions = GroupRulesRepository(db_).versions(organisationId_);
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        ListCell from = ListCell::date(it->rules.effectiveFrom);
        from.data = it->id;
        versions_->addRow({from, ListCell::of(it->createdAt.left(10))});
    }
    if (versions_->rows() > 0)
        versions_->setCurrentIndex(versions_->model()->index(0, 0));
    else
        text_->setText(
            tr("กลุ่มนี้ยังไม่มีระเบียบ กด \"ออกระเบียบฉบับใหม่\" เพื่อบันทึกระเบียบของกลุ่ม "
               "ก่อนรับเงินสัจจะหรือให้กู้"));
    for (const LoanProduct& p : LoanProductRepository(db_).list(organisationId_, true)) {
        ListCell name = ListCell::of(p.name);
        name.data = p.id;
        products_->addRow(
            {name, ListCell::of(interestMethodLabel(p.method)),
             ListCell::of(
                 tr("ร้อยละ %1 %2").arg(percentText(p.ratePercent), ratePeriodLabel(p.ratePeriod))),
             ListCell::money(p.absoluteCap), ListCell::of(formatDecimal(p.savingsMultiple, 2)),
             ListCell::of(tr("%1 เดือน").arg(p.maxMonths)),
             ListCell::of(p.active ? tr("เปิดให้กู้") : tr("งดให้กู้"))});
    }
}

void RulesTab::showVersion() {
    const QString id = versions_->currentData().toString();
    if (const auto version = GroupRulesRepository(db_).find(id))
        text_->setText(describeRules(version->rules));
}

void RulesTab::issueNewVersion() {
    const QDate today = QDate::currentDate();
    const auto current = GroupRulesRepository(db_).current(organisationId_, today);
    const std::optional<Organisation> org = OrganisationRepository(db_).find(organisationId_);
    const bool fund = org && org->kind == OrganisationKind::VillageFund;
    GroupRules start = current ? current->rules
                               : (fund ? defaultVillageFundRules(today) : defaultGroupRules(today));
    start.effectiveFrom = QDate(today.year(), today.month(), 1).addMonths(current ? 1 : 0);
    GroupRulesDialog dialog(db_, organisationId_, start, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void RulesTab::addProduct() {
    LoanProduct product;
    product.name.clear();
    LoanProductDialog dialog(db_, organisationId_, product, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void RulesTab::editProduct() {
    const auto product =
        LoanProductRepository(db_).find(organisationId_, products_->currentData().toString());
    if (!product)
        return;
    LoanProductDialog dialog(db_, organisationId_, *product, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

}  // namespace thanrak::ui
