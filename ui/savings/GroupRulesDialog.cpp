#include "savings/GroupRulesDialog.h"

#include "allocation/PercentText.h"
#include "base/Error.h"
#include "money/MoneyFormat.h"
#include "savings/FineRuleEdit.h"
#include "savings/GroupRulesRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
void unreadable(FieldProblems* problems, const char* field, const QString& message) {
    problems->append({QString::fromLatin1(field), message});
}
}  // namespace

GroupRulesDialog::GroupRulesDialog(Database& database, const QString& organisationId,
                                   const GroupRules& start, QWidget* parent)
    : RecordDialog(tr("ออกระเบียบกลุ่มฉบับใหม่"), parent),
      db_(database),
      organisationId_(organisationId),
      start_(start),
      from_(new ThaiDateEdit(this)),
      shareValue_(new QLineEdit(formatMoney(start.shareValue), this)),
      minShares_(new QLineEdit(QString::number(start.minShares), this)),
      maxShares_(new QLineEdit(QString::number(start.maxShares), this)),
      entranceFee_(new QLineEdit(formatMoney(start.entranceFee), this)),
      collectionDay_(new QLineEdit(QString::number(start.collectionDay), this)),
      sajjaFine_(new FineRuleEdit(this)),
      instalmentFine_(new FineRuleEdit(this)),
      deposits_(new QComboBox(this)),
      missesLimit_(new QLineEdit(QString::number(start.consecutiveMissesLimit), this)),
      heads_(new QTableWidget(this)),
      headsSum_(new QLabel(this)),
      basis_(new QComboBox(this)),
      dividendOn_(new QComboBox(this)),
      rounding_(new QComboBox(this)) {
    shareValue_->setObjectName(QStringLiteral("shareValueEdit"));
    heads_->setObjectName(QStringLiteral("allocationHeads"));
    from_->setDate(start.effectiveFrom);
    sajjaFine_->setRule(start.lateSajjaFine);
    instalmentFine_->setRule(start.lateInstalmentFine);
    deposits_->addItem(tr("ไม่รับเงินฝาก"), false);
    deposits_->addItem(tr("รับเงินฝากเพิ่มเติม"), true);
    deposits_->setCurrentIndex(start.depositsEnabled ? 1 : 0);
    basis_->addItem(tr("ถัวเฉลี่ยรายเดือน (ฝากก่อนได้มากกว่า)"),
                    static_cast<int>(DividendBasis::TimeWeightedMonthly));
    basis_->addItem(tr("ยอดคงเหลือสิ้นปี"), static_cast<int>(DividendBasis::YearEndBalance));
    basis_->setCurrentIndex(basis_->findData(static_cast<int>(start.allocation.dividendBasis)));
    dividendOn_->addItem(tr("เงินสัจจะสะสม"), static_cast<int>(DividendBalance::Savings));
    dividendOn_->addItem(tr("หุ้นที่ถือ (กองทุนหมู่บ้าน)"), static_cast<int>(DividendBalance::Shares));
    dividendOn_->setCurrentIndex(
        dividendOn_->findData(static_cast<int>(start.allocation.dividendOn)));
    rounding_->addItem(tr("จ่ายถึงสตางค์"), static_cast<int>(PayoutRounding::Satang));
    rounding_->addItem(tr("ปัดลงเป็นบาทเต็ม (เศษเข้าทุนสำรอง)"),
                       static_cast<int>(PayoutRounding::WholeBahtDown));
    rounding_->setCurrentIndex(
        rounding_->findData(static_cast<int>(start.allocation.payoutRounding)));
    buildForm();
    fillHeads();
    setTabChain({from_->lineEdit(), shareValue_, minShares_, maxShares_, entranceFee_,
                 collectionDay_, sajjaFine_->kindBox(), sajjaFine_->amountEdit(),
                 instalmentFine_->kindBox(), instalmentFine_->amountEdit(), deposits_, missesLimit_,
                 heads_, dividendOn_, basis_, rounding_});
    fitToScreen(fontMetrics().averageCharWidth() * 130);
    revalidate();
}

void GroupRulesDialog::buildForm() {
    FieldForm* f = form();
    f->addRow(tr("เริ่มใช้ตั้งแต่ (พ.ศ.)"), from_, QStringLiteral("effective_from"));
    f->addRow(tr("มูลค่าหุ้นละ (บาท)"), shareValue_, QStringLiteral("share_value"));
    f->addRow(tr("ส่งสัจจะอย่างน้อย (หุ้น/เดือน)"), minShares_, QStringLiteral("min_shares"));
    f->addRow(tr("ส่งสัจจะอย่างมาก (หุ้น/เดือน)"), maxShares_, QStringLiteral("max_shares"));
    f->addRow(tr("ค่าธรรมเนียมแรกเข้า (บาท)"), entranceFee_, QStringLiteral("entrance_fee"));
    f->addRow(tr("วันสัจจะ (วันที่ของเดือน)"), collectionDay_, QStringLiteral("collection_day"));
    f->addRow(tr("ค่าปรับส่งสัจจะช้า"), sajjaFine_, QStringLiteral("late_sajja_fine"));
    f->addRow(tr("ค่าปรับส่งงวดเงินกู้ช้า"), instalmentFine_, QStringLiteral("late_instalment_fine"));
    f->addRow(tr("เงินฝาก"), deposits_);
    f->addRow(tr("ผิดสัจจะติดกันกี่ครั้งให้กรรมการพิจารณา"), missesLimit_,
              QStringLiteral("consecutive_misses_limit"));
    auto* headsBox = new QWidget(this);
    auto* headsLayout = new QVBoxLayout(headsBox);
    headsLayout->setContentsMargins(0, 0, 0, 0);
    headsLayout->addWidget(heads_);
    headsLayout->addWidget(headsSum_);
    f->addRow(tr("จัดสรรกำไรสุทธิ (ร้อยละ)"), headsBox, QStringLiteral("allocation"), 1);
    f->addRow(tr("ปันผลตามยอดของ"), dividendOn_, {}, 1);
    f->addRow(tr("ปันผลคิดจาก"), basis_, {}, 1);
    f->addRow(tr("การปัดเศษเงินปันผล"), rounding_, {}, 1);
    for (QLineEdit* e :
         {shareValue_, minShares_, maxShares_, entranceFee_, collectionDay_, missesLimit_})
        e->setAlignment(Qt::AlignRight);
    watch(from_, QStringLiteral("effective_from"));
    watch(shareValue_, QStringLiteral("share_value"));
    watch(minShares_, QStringLiteral("min_shares"));
    watch(maxShares_, QStringLiteral("max_shares"));
    watch(entranceFee_, QStringLiteral("entrance_fee"));
    watch(collectionDay_, QStringLiteral("collection_day"));
    watch(missesLimit_, QStringLiteral("consecutive_misses_limit"));
    connect(sajjaFine_, &FineRuleEdit::edited, this,
            [this] { fieldEdited(QStringLiteral("late_sajja_fine")); });
    connect(instalmentFine_, &FineRuleEdit::edited, this,
            [this] { fieldEdited(QStringLiteral("late_instalment_fine")); });
    connect(heads_, &QTableWidget::itemChanged, this, [this] {
        showHeadsSum();
        fieldEdited(QStringLiteral("allocation"));
    });
}

void GroupRulesDialog::fillHeads() {
    const auto& heads = start_.allocation.heads;
    heads_->setColumnCount(2);
    heads_->setRowCount(static_cast<int>(heads.size()));
    heads_->setHorizontalHeaderLabels({tr("หมวด"), tr("ร้อยละ")});
    heads_->verticalHeader()->hide();
    heads_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int row = 0; row < heads_->rowCount(); ++row) {
        auto* name = new QTableWidgetItem(heads.at(row).name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto* percent = new QTableWidgetItem(formatDecimal(heads.at(row).percent, 2));
        percent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        heads_->setItem(row, 0, name);
        heads_->setItem(row, 1, percent);
    }
    heads_->setMinimumHeight(heads_->verticalHeader()->length() +
                             heads_->horizontalHeader()->height() + 4);
    showHeadsSum();
}

void GroupRulesDialog::showHeadsSum() {
    FieldProblems ignored;
    const GroupRules rules = collect(&ignored);
    Ratio sum;
    for (const AllocationHead& head : rules.allocation.heads) sum = sum + head.percent;
    headsSum_->setText(tr("รวม %1 (ต้องเท่ากับร้อยละ 100)").arg(percentText(sum)));
}

GroupRules GroupRulesDialog::collect(FieldProblems* problems) const {
    GroupRules r = start_;
    r.effectiveFrom = from_->date();
    const auto money = [&](const QLineEdit* e, Money* out, const char* field) {
        *out = readMoney(e, QString::fromLatin1(field), *problems).value_or(*out);
    };
    money(shareValue_, &r.shareValue, "share_value");
    money(entranceFee_, &r.entranceFee, "entrance_fee");
    const auto integer = [&](const QLineEdit* e, int* out, const char* field) {
        *out = readInteger(e, QString::fromLatin1(field), *problems).value_or(*out);
    };
    integer(minShares_, &r.minShares, "min_shares");
    integer(maxShares_, &r.maxShares, "max_shares");
    integer(collectionDay_, &r.collectionDay, "collection_day");
    integer(missesLimit_, &r.consecutiveMissesLimit, "consecutive_misses_limit");
    bool ok = true;
    r.lateSajjaFine = sajjaFine_->rule(&ok);
    if (!ok)
        unreadable(problems, "late_sajja_fine", tr("พิมพ์จำนวนค่าปรับเป็นตัวเลข"));
    r.lateInstalmentFine = instalmentFine_->rule(&ok);
    if (!ok)
        unreadable(problems, "late_instalment_fine", tr("พิมพ์จำนวนค่าปรับเป็นตัวเลข"));
    r.depositsEnabled = deposits_->currentData().toBool();
    for (int row = 0; row < heads_->rowCount() && row < int(r.allocation.heads.size()); ++row) {
        const QTableWidgetItem* percent = heads_->item(row, 1);
        if (!percent)
            continue;  // still being filled in
        try {
            r.allocation.heads[std::size_t(row)].percent = parseDecimal(percent->text());
        } catch (const Error& error) {
            unreadable(problems, "allocation", error.message());
        }
    }
    r.allocation.dividendBasis = static_cast<DividendBasis>(basis_->currentData().toInt());
    r.allocation.dividendOn = static_cast<DividendBalance>(dividendOn_->currentData().toInt());
    r.allocation.payoutRounding = static_cast<PayoutRounding>(rounding_->currentData().toInt());
    return r;
}

FieldProblems GroupRulesDialog::problems() {
    FieldProblems found;
    const GroupRules rules = collect(&found);
    addUnreadable(found, from_, QStringLiteral("effective_from"));
    if (found.isEmpty())
        found = GroupRulesRepository(db_).check(organisationId_, rules);
    return found;
}

void GroupRulesDialog::saveRecord() {
    FieldProblems ignored;
    GroupRulesRepository(db_).save(organisationId_, collect(&ignored));
}

}  // namespace thanrak::ui
