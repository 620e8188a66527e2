#include "funds/RoundDialogs.h"

#include "domain/MembershipRepository.h"
#include "fund/PoolRepository.h"
#include "money/MoneyFormat.h"
#include "savings/LoanProductRepository.h"
#include "thai/ThaiDate.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"
#include "widgets/ThaiDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace thanrak::ui {

namespace {
QLineEdit* amountBox(const QString& text, QWidget* parent) {
    auto* edit = new QLineEdit(text, parent);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

QLabel* applicantHeading(const RoundLine& line, const LoanRound& round, QWidget* parent) {
    auto* label = new QLabel(
        QCoreApplication::translate("RoundDialogs", "รอบที่ %1 %2\nผู้ขอกู้: %3 %4  ขอกู้ %5 บาท")
            .arg(roundNoText(round), round.title, line.memberNo, line.memberName,
                 formatMoney(line.loan.requestedAmount)),
        parent);
    label->setWordWrap(true);
    return label;
}
}  // namespace

RoundDialog::RoundDialog(Database& database, const QString& organisationId, QWidget* parent)
    : RecordDialog(tr("เปิดรอบการให้กู้"), parent),
      db_(database),
      pool_(new QComboBox(this)),
      product_(new QComboBox(this)),
      title_(new QLineEdit(this)),
      openedOn_(new ThaiDateEdit(this)),
      applyBy_(new ThaiDateEdit(this)),
      ordinaryCap_(amountBox(formatMoney(Money::fromBaht(20000)), this)),
      raisedCap_(amountBox(formatMoney(Money::fromBaht(50000)), this)),
      fee_(amountBox(formatMoney(Money()), this)),
      riskFund_(amountBox(QStringLiteral("0"), this)) {
    round_.organisationId = organisationId;
    fee_->setObjectName(QStringLiteral("contractFeeEdit"));
    riskFund_->setObjectName(QStringLiteral("riskFundEdit"));
    for (const CapitalPool& pool : PoolRepository(db_).list(organisationId))
        pool_->addItem(pool.name, pool.id);
    for (const LoanProduct& product : LoanProductRepository(db_).list(organisationId))
        product_->addItem(product.name, product.id);
    title_->setPlaceholderText(tr("เช่น เงินกู้เพื่อการเกษตร ปี 2569"));
    openedOn_->setDate(QDate::currentDate());
    applyBy_->setDate(QDate::currentDate().addDays(30));
    form()->addRow(tr("ชื่อรอบ"), title_, QStringLiteral("title"));
    form()->addRow(tr("ให้กู้จากแหล่งเงินทุน"), pool_, QStringLiteral("pool_id"));
    form()->addRow(tr("ประเภทเงินกู้ (ดอกเบี้ย/ระยะเวลา)"), product_, QStringLiteral("product_id"));
    form()->addRow(tr("เปิดรับคำขอกู้ตั้งแต่ (พ.ศ.)"), openedOn_, QStringLiteral("opened_on"));
    form()->addRow(tr("ถึงวันที่ (พ.ศ.)"), applyBy_, QStringLiteral("apply_by"));
    form()->addRow(tr("วงเงินกู้ปกติต่อราย (บาท)"), ordinaryCap_, QStringLiteral("ordinary_cap"));
    form()->addRow(tr("วงเงินสูงสุดเมื่ออนุมัติพิเศษ (บาท)"), raisedCap_, QStringLiteral("raised_cap"));
    form()->addRow(tr("ค่าธรรมเนียมสัญญา (บาท/สัญญา)"), fee_, QStringLiteral("contract_fee"));
    form()->addRow(tr("เงินประกันความเสี่ยง (ร้อยละของเงินกู้)"), riskFund_,
                   QStringLiteral("risk_fund_percent"));
    for (auto [edit, field] : {std::pair{title_, "title"}, {ordinaryCap_, "ordinary_cap"},
                               {raisedCap_, "raised_cap"}, {fee_, "contract_fee"},
                               {riskFund_, "risk_fund_percent"}})
        watch(edit, QLatin1String(field));
    watch(openedOn_, QStringLiteral("opened_on"));
    watch(applyBy_, QStringLiteral("apply_by"));
    setTabChain({title_, pool_, product_, openedOn_->lineEdit(), applyBy_->lineEdit(), ordinaryCap_,
                 raisedCap_, fee_, riskFund_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

LoanRound RoundDialog::collect(FieldProblems& problems) const {
    LoanRound r = round_;
    r.poolId = pool_->currentData().toString();
    r.productId = product_->currentData().toString();
    r.title = title_->text().trimmed();
    r.openedOn = openedOn_->date();
    r.applyBy = applyBy_->date();
    r.ordinaryCap = readMoney(ordinaryCap_, QStringLiteral("ordinary_cap"), problems).value_or(Money());
    r.raisedCap = readMoney(raisedCap_, QStringLiteral("raised_cap"), problems).value_or(Money());
    r.contractFee = readMoney(fee_, QStringLiteral("contract_fee"), problems).value_or(Money());
    r.riskFundPercent =
        readDecimal(riskFund_, QStringLiteral("risk_fund_percent"), problems).value_or(Ratio());
    return r;
}

FieldProblems RoundDialog::problems() {
    FieldProblems found;
    addUnreadable(found, openedOn_, QStringLiteral("opened_on"));
    addUnreadable(found, applyBy_, QStringLiteral("apply_by"));
    const LoanRound r = collect(found);
    found += validateRound(r);
    return found;
}

void RoundDialog::saveRecord() {
    FieldProblems ignored;
    round_ = LoanRoundService(db_).open(collect(ignored));
}

RoundApplicationDialog::RoundApplicationDialog(Database& database, const LoanRound& round,
                                               QWidget* parent)
    : RecordDialog(tr("รับคำขอกู้ในรอบ"), parent),
      db_(database),
      round_(round),
      member_(new QComboBox(this)),
      appliedOn_(new ThaiDateEdit(this)),
      amount_(amountBox({}, this)),
      purpose_(new QLineEdit(this)) {
    auto* heading = new QLabel(tr("รอบที่ %1 %2 — รับคำขอกู้ถึงวันที่ %3 วงเงินปกติ %4 บาท")
                                   .arg(roundNoText(round), round.title,
                                        formatThaiDate(round.applyBy), formatMoney(round.ordinaryCap)),
                               this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    member_->setObjectName(QStringLiteral("roundMemberBox"));
    for (const MemberRow& row : MembershipRepository(db_).members(round.organisationId))
        member_->addItem(tr("%1 %2").arg(row.membership.memberNo, personDisplayName(row.person)),
                         row.membership.id);
    appliedOn_->setDate(std::clamp(QDate::currentDate(), round.openedOn, round.applyBy));
    purpose_->setPlaceholderText(tr("เช่น ซื้อปุ๋ยและเมล็ดพันธุ์ข้าว"));
    form()->addRow(tr("สมาชิกผู้ขอกู้"), member_, QStringLiteral("membership_id"));
    form()->addRow(tr("วันที่ยื่นคำขอ (พ.ศ.)"), appliedOn_, QStringLiteral("applied_on"));
    form()->addRow(tr("จำนวนเงินที่ขอกู้ (บาท)"), amount_, QStringLiteral("amount"));
    form()->addRow(tr("วัตถุประสงค์"), purpose_, QStringLiteral("purpose"));
    watch(member_, QStringLiteral("membership_id"));
    watch(appliedOn_, QStringLiteral("applied_on"));
    watch(amount_, QStringLiteral("amount"));
    setTabChain({member_, appliedOn_->lineEdit(), amount_, purpose_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

FieldProblems RoundApplicationDialog::problems() {
    FieldProblems found;
    addUnreadable(found, appliedOn_, QStringLiteral("applied_on"));
    readMoney(amount_, QStringLiteral("amount"), found);
    if (member_->currentIndex() < 0)
        found.append({QStringLiteral("membership_id"), tr("กรุณาเลือกสมาชิกผู้ขอกู้")});
    return found;
}

void RoundApplicationDialog::saveRecord() {
    LoanRoundService(db_).apply({round_.id, member_->currentData().toString(), appliedOn_->date(),
                                 parseMoney(amount_->text()), 0, purpose_->text().trimmed(), {}});
}

RoundDecisionDialog::RoundDecisionDialog(Database& database, const LoanRound& round,
                                         const RoundLine& line, QWidget* parent)
    : RecordDialog(tr("มติคณะกรรมการกองทุน"), parent),
      db_(database),
      round_(round),
      loan_(line.loan),
      decision_(new QComboBox(this)),
      meeting_(new ThaiDateEdit(this)),
      amount_(amountBox(formatMoney(line.loan.requestedAmount), this)),
      special_(new QCheckBox(tr("คณะกรรมการอนุมัติพิเศษเกินวงเงินปกติ %1 บาท")
                                 .arg(formatMoney(round.ordinaryCap)),
                             this)),
      note_(new QLineEdit(this)) {
    body()->insertWidget(0, applicantHeading(line, round, this));
    decision_->addItem(tr("อนุมัติ"), true);
    decision_->addItem(tr("ไม่อนุมัติ"), false);
    decision_->setObjectName(QStringLiteral("roundDecisionBox"));
    meeting_->setDate(QDate::currentDate() < round.applyBy ? round.applyBy : QDate::currentDate());
    form()->addRow(tr("มติ"), decision_);
    form()->addRow(tr("วันที่ประชุมคณะกรรมการ (พ.ศ.)"), meeting_, QStringLiteral("approved_on"));
    form()->alsoShow(QStringLiteral("rejected_on"), QStringLiteral("approved_on"));
    form()->addRow(tr("วงเงินที่อนุมัติ (บาท)"), amount_, QStringLiteral("approved_amount"));
    form()->addRow({}, special_);
    form()->addRow(tr("เหตุผล/หมายเหตุ"), note_, QStringLiteral("decision_note"));
    watch(meeting_, QStringLiteral("approved_on"));
    watch(amount_, QStringLiteral("approved_amount"));
    watch(note_, QStringLiteral("decision_note"));
    connect(special_, &QCheckBox::toggled, this, [this] { revalidate(); });
    connect(decision_, &QComboBox::currentIndexChanged, this, [this] {
        const bool approve = decision_->currentData().toBool();
        amount_->setEnabled(approve);
        special_->setEnabled(approve);
        revalidate();
    });
    setTabChain({decision_, meeting_->lineEdit(), amount_, special_, note_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

FieldProblems RoundDecisionDialog::problems() {
    FieldProblems found;
    addUnreadable(found, meeting_, QStringLiteral("approved_on"));
    if (!decision_->currentData().toBool()) {
        if (note_->text().trimmed().isEmpty())
            found.append({QStringLiteral("decision_note"), tr("กรุณาใส่เหตุผลที่ไม่อนุมัติ เพื่อแจ้งผู้ขอกู้")});
        return found;
    }
    if (const std::optional<Money> amount = readMoney(amount_, QStringLiteral("approved_amount"), found))
        found += checkDecision(round_, {meeting_->date(), *amount, note_->text().trimmed(),
                                        special_->isChecked()});
    return found;
}

void RoundDecisionDialog::saveRecord() {
    if (decision_->currentData().toBool())
        loan_ = LoanRoundService(db_).approve(
            loan_.id, {meeting_->date(), parseMoney(amount_->text()), note_->text().trimmed(),
                       special_->isChecked()});
    else
        loan_ = LoanService(db_).reject(loan_.id, meeting_->date(), note_->text().trimmed());
}

RoundDisbursementDialog::RoundDisbursementDialog(Database& database, const LoanRound& round,
                                                 const RoundLine& line, QWidget* parent)
    : RecordDialog(tr("ทำสัญญาและจ่ายเงินกู้"), parent),
      db_(database),
      loan_(line.loan),
      day_(new ThaiDateEdit(this)) {
    body()->insertWidget(0, applicantHeading(line, round, this));
    const Money risk = riskFundFor(round, line.loan.approvedAmount);
    auto* fees = new QLabel(tr("วงเงินที่อนุมัติ %1 บาท\nรับค่าธรรมเนียมสัญญา %2 บาท และเงินประกันความเสี่ยง %3 บาท "
                               "เป็นเงินสด (ออกใบเสร็จ)")
                                .arg(formatMoney(line.loan.approvedAmount),
                                     formatMoney(round.contractFee), formatMoney(risk)),
                            this);
    fees->setWordWrap(true);
    body()->insertWidget(1, fees);
    day_->setDate(QDate::currentDate());
    form()->addRow(tr("วันที่ทำสัญญาและจ่ายเงิน (พ.ศ.)"), day_, QStringLiteral("disbursed_on"));
    watch(day_, QStringLiteral("disbursed_on"));
    setTabChain({day_->lineEdit()});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

FieldProblems RoundDisbursementDialog::problems() {
    FieldProblems found;
    addUnreadable(found, day_, QStringLiteral("disbursed_on"));
    return found;
}

void RoundDisbursementDialog::saveRecord() {
    result_ = LoanRoundService(db_).disburse(loan_.id, day_->date());
}

}  // namespace thanrak::ui
