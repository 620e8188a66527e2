#include "savings/YearEndTab.h"

#include "allocation/PercentText.h"
#include "base/Error.h"
#include "domain/MembershipRepository.h"
#include "money/MoneyFormat.h"
#include "savings/YearEndService.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
constexpr int kYearsShown = 6;
}

YearEndTab::YearEndTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      year_(new QComboBox(this)),
      draft_(new QPushButton(tr("คำนวณการจัดสรร (ร่าง)"), this)),
      summary_(new QLabel(this)),
      heads_(new ListTable({tr("หมวดจัดสรร"), tr("ร้อยละ"), tr("จำนวนเงิน")}, {0}, this)),
      members_(new ListTable({tr("เลขที่"), tr("ชื่อ-สกุล"), tr("ฐานปันผล"), tr("ดอกเบี้ยที่จ่าย"), tr("ปันผล"),
                              tr("เฉลี่ยคืน"), tr("รวมรับ"), tr("จ่ายโดย")},
                             {1}, this)),
      approvedOn_(new ThaiDateEdit(this)),
      payout_(new QComboBox(this)),
      switch_(new QPushButton(tr("สลับวิธีจ่ายของสมาชิกที่เลือก"), this)),
      post_(new QPushButton(tr("ผ่านรายการจัดสรร…"), this)) {
    setObjectName(QStringLiteral("yearEndTab"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setObjectName(QStringLiteral("yearEndSummary"));
    switch_->setObjectName(QStringLiteral("switchPayoutButton"));
    payout_->addItem(tr("จ่ายเป็นเงินสดทุกคน"), static_cast<int>(PayoutMethod::Cash));
    payout_->addItem(tr("โอนเข้าเงินสัจจะทุกคน"), static_cast<int>(PayoutMethod::Savings));
    auto* split = new QTabWidget(this);
    split->addTab(members_, tr("สมาชิก: ปันผลและเฉลี่ยคืน"));
    split->addTab(heads_, tr("หมวดจัดสรร"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTop());
    layout->addWidget(summary_);
    layout->addWidget(split, 1);
    layout->addWidget(buildPostBar());
    fillYears();
    connect(year_, &QComboBox::currentIndexChanged, this, &YearEndTab::reload);
    connect(draft_, &QPushButton::clicked, this, &YearEndTab::makeDraft);
    connect(post_, &QPushButton::clicked, this, &YearEndTab::postRun);
    connect(switch_, &QPushButton::clicked, this, &YearEndTab::switchSelectedPayout);
    connect(payout_, &QComboBox::currentIndexChanged, this, &YearEndTab::showRun);
}

QString YearEndTab::title() const {
    return tr("ปิดบัญชีสิ้นปี");
}

QWidget* YearEndTab::buildTop() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("ปีบัญชี:"), bar);
    label->setBuddy(year_);
    row->addWidget(label);
    row->addWidget(year_);
    row->addWidget(draft_);
    row->addStretch(1);
    return bar;
}

// Two rows, so the tab fits a 1366-pixel screen: the meeting's day, then how
// the members are paid and the button that posts.
QWidget* YearEndTab::buildPostBar() {
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* meeting = new QHBoxLayout;
    auto* label = new QLabel(tr("ที่ประชุมใหญ่อนุมัติเมื่อ:"), bar);
    label->setBuddy(approvedOn_->lineEdit());
    meeting->addWidget(label);
    meeting->addWidget(approvedOn_);
    meeting->addStretch(1);
    auto* payment = new QHBoxLayout;
    payment->addWidget(payout_);
    payment->addWidget(switch_);
    payment->addStretch(1);
    payment->addWidget(post_);
    rows->addLayout(meeting);
    rows->addLayout(payment);
    return bar;
}

void YearEndTab::fillYears() {
    const int thisYear = QDate::currentDate().year();
    for (int year = thisYear; year > thisYear - kYearsShown; --year)
        year_->addItem(tr("พ.ศ. %1").arg(year + 543), year);
    // The year just ended is the one usually closed.
    year_->setCurrentIndex(1);
}

void YearEndTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    names_.clear();
    memberNos_.clear();
    if (!organisationId.isEmpty())
        for (const MemberRow& row : MembershipRepository(db_).members(organisationId, true)) {
            names_.insert(row.membership.id, personDisplayName(row.person));
            memberNos_.insert(row.membership.id, row.membership.memberNo);
        }
    reload();
}

void YearEndTab::reload() {
    overrides_.clear();
    run_.reset();
    const int year = year_->currentData().toInt();
    approvedOn_->setDate(QDate(year + 1, 1, 31));
    if (!organisationId_.isEmpty())
        run_ = YearEndService(db_).ofYear(organisationId_, year);
    showRun();
}

void YearEndTab::makeDraft() {
    try {
        run_ = YearEndService(db_).draft(organisationId_, year_->currentData().toInt());
        overrides_.clear();
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("คำนวณไม่สำเร็จ"), error.message());
    }
    showRun();
}

PayoutChoice YearEndTab::choice() const {
    return {static_cast<PayoutMethod>(payout_->currentData().toInt()), overrides_};
}

void YearEndTab::switchSelectedPayout() {
    const QString id = members_->currentData().toString();
    if (!run_ || run_->isPosted() || id.isEmpty())
        return;
    const PayoutMethod now = choice().of(id);
    overrides_[id] = now == PayoutMethod::Cash ? PayoutMethod::Savings : PayoutMethod::Cash;
    showRun();
}

bool YearEndTab::postRun() {
    if (!run_ || run_->isPosted())
        return false;
    const QString question = tr("ผ่านรายการจัดสรรกำไรปี พ.ศ. %1 ลงวันที่ %2\nกำไรสุทธิ %3 บาท\n\n"
                                "เมื่อผ่านรายการแล้วจะแก้ไขไม่ได้ ต้องการดำเนินการหรือไม่")
                                 .arg(run_->year + 543)
                                 .arg(formatThaiDate(approvedOn_->date(), ThaiDateStyle::Long),
                                      formatMoney(run_->netProfit));
    if (QMessageBox::question(this, tr("ผ่านรายการจัดสรร"), question) != QMessageBox::Yes)
        return false;
    try {
        run_ = YearEndService(db_).post(run_->id, approvedOn_->date(), choice());
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("ผ่านรายการไม่สำเร็จ"), error.message());
        return false;
    }
    showRun();
    return true;
}

void YearEndTab::showRun() {
    heads_->clearRows();
    members_->clearRows();
    const bool draft = run_ && !run_->isPosted();
    draft_->setEnabled(!organisationId_.isEmpty() && !(run_ && run_->isPosted()));
    post_->setEnabled(draft);
    switch_->setEnabled(draft);
    payout_->setEnabled(draft);
    approvedOn_->setEnabled(draft);
    // A posted run shows its own approval day; the payout is in each line.
    payout_->setVisible(!run_ || draft);
    switch_->setVisible(!run_ || draft);
    if (run_ && run_->isPosted())
        approvedOn_->setDate(run_->approvedOn);
    if (!run_) {
        summary_->setText(
            tr("ยังไม่ได้คำนวณการจัดสรรของปีนี้ กด \"คำนวณการจัดสรร (ร่าง)\" "
               "เพื่อดูกำไรสุทธิและส่วนแบ่งของสมาชิกแต่ละคน"));
        return;
    }
    const QString status =
        run_->isPosted()
            ? tr("ผ่านรายการแล้วเมื่อ %1").arg(formatThaiDate(run_->approvedOn, ThaiDateStyle::Long))
            : tr("ร่าง (คำนวณใหม่ได้จนกว่าจะผ่านรายการ)");
    QStringList heads;
    for (const HeadResult& head : run_->heads)
        heads << tr("%1 %2").arg(head.name, formatMoney(head.finalAmount));
    summary_->setText(tr("<b>กำไรสุทธิปี พ.ศ. %1: %2 บาท</b> &nbsp; สถานะ: %3<br>"
                         "%4<br>ตามระเบียบกลุ่มฉบับเริ่มใช้ %5 &nbsp; %6")
                          .arg(run_->year + 543)
                          .arg(formatMoney(run_->netProfit), status,
                               heads.join(QStringLiteral(" · ")).toHtmlEscaped(),
                               formatThaiDate(run_->rulesEffectiveFrom, ThaiDateStyle::Long),
                               run_->notes.join(QStringLiteral(" ")).toHtmlEscaped()));
    for (const HeadResult& head : run_->heads)
        heads_->addRow({ListCell::of(head.name), ListCell::of(percentText(head.percent)),
                        ListCell::money(head.finalAmount)});
    const PayoutChoice payouts = choice();
    for (const AllocationRunMember& m : run_->members) {
        const PayoutMethod method = m.payout.value_or(payouts.of(m.membershipId));
        ListCell no = ListCell::of(memberNos_.value(m.membershipId));
        no.sortKey = memberNos_.value(m.membershipId).toInt();
        no.data = m.membershipId;
        members_->addRow(
            {no, ListCell::of(names_.value(m.membershipId)),
             ListCell::money(roundToSatang(m.dividendBasis, RoundingMode::HalfUp)),
             ListCell::money(m.interestPaid), ListCell::money(m.dividend),
             ListCell::money(m.refund), ListCell::money(m.total),
             ListCell::of(method == PayoutMethod::Cash ? tr("เงินสด") : tr("เข้าเงินสัจจะ"))});
    }
}

}  // namespace thanrak::ui
