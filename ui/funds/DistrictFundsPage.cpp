#include "funds/DistrictFundsPage.h"

#include "money/MoneyFormat.h"

#include <QCoreApplication>
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"
#include "widgets/PlaceFilterBar.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLabel>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
QList<ListCell> cellsOf(const FundOverviewRow& r) {
    ListCell share = ListCell::of(percentTwoPlaces(r.overdueShare()));
    share.amount = true;
    share.sortKey = percentTwoPlaces(r.overdueShare()).toDouble();
    // Funds with more than a fifth of their loans in arrears stand out.
    share.warning = r.overdueShare() > Ratio(20);
    // One fund per village: the village says which fund it is in the least room.
    ListCell fund = ListCell::of(r.villageLabel);
    fund.sortKey = r.code;
    fund.data = r.organisationId;
    const QString grade =
        r.grade.isEmpty()
            ? QCoreApplication::translate("DistrictFundsPage", "ยังไม่ประเมิน")
            : QStringLiteral("%1 (%2)").arg(r.grade).arg(buddhistYear(r.gradeYear));
    return {ListCell::of(r.subdistrictName),
            fund,
            ListCell::number(r.members),
            ListCell::money(r.poolsHeld),
            ListCell::money(r.loansOutstanding),
            ListCell::money(r.overduePrincipal),
            share,
            ListCell::of(grade)};
}
}  // namespace

DistrictFundsPage::DistrictFundsPage(Database& database, QWidget* parent)
    : ModulePage(parent),
      db_(database),
      places_(new PlaceFilterBar(database, PlaceFilterBar::Mode::Filter, this)),
      asOf_(new ThaiDateEdit(this)),
      table_(new ListTable({tr("ตำบล"), tr("หมู่บ้าน"), tr("สมาชิก"), tr("เงินในบัญชี"),
                            tr("ให้กู้คงเหลือ"), tr("ค้างชำระ"), tr("% ค้าง"), tr("ระดับ (ปี)")},
                           {Fund, Subdistrict}, this)),
      totals_(new QLabel(this)) {
    setObjectName(QStringLiteral("districtFundsPage"));
    table_->setObjectName(QStringLiteral("districtFundsTable"));
    totals_->setObjectName(QStringLiteral("districtFundsTotals"));
    totals_->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(places_, 1);
    auto* label = new QLabel(tr("ณ วันที่:"), this);
    label->setBuddy(asOf_->lineEdit());
    top->addWidget(label);
    top->addWidget(asOf_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(totals_);
    asOf_->setDate(QDate::currentDate());
    connect(places_, &PlaceFilterBar::changed, this, &DistrictFundsPage::reload);
    connect(asOf_, &ThaiDateEdit::edited, this, &DistrictFundsPage::reload);
}

QString DistrictFundsPage::title() const {
    return tr("ภาพรวมกองทุน");
}

void DistrictFundsPage::refresh() {
    reload();
}

void DistrictFundsPage::reload() {
    table_->clearRows();
    if (!asOf_->date().isValid())
        return;
    const QList<FundOverviewRow> rows =
        fundOverview(db_, asOf_->date(), places_->subdistrictCode());
    for (const FundOverviewRow& row : rows) table_->addRow(cellsOf(row));
    const FundOverviewTotals t = fundOverviewTotals(rows);
    totals_->setText(tr("กองทุน %1 แห่ง สมาชิก %2 คน เงินในบัญชีรวม %3 บาท เงินให้กู้คงเหลือ %4 บาท "
                        "ค้างชำระ %5 บาท (ร้อยละ %6)")
                         .arg(t.funds)
                         .arg(t.members)
                         .arg(formatMoney(t.poolsHeld), formatMoney(t.loansOutstanding),
                              formatMoney(t.overduePrincipal), percentTwoPlaces(t.overdueShare())));
}

}  // namespace thanrak::ui
