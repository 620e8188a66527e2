#include "savings/MemberCardTab.h"

#include "base/Error.h"
#include "domain/MembershipRepository.h"
#include "lending/InterestMethod.h"
#include "money/MoneyFormat.h"
#include "savings/BeneficiariesDialog.h"
#include "savings/MemberActionDialogs.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"
#include "widgets/ThaiDateEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
enum MemberColumn { MemberNo, MemberName, MemberStatus };
enum LoanColumn { Contract, Product, Method, Amount, Outstanding, DueNow, Overdue, Status };

QString monthText(const QString& month) {
    const QDate first = monthStart(month);
    return formatThaiMonthYear(first.year(), first.month());
}
}  // namespace

MemberCardTab::MemberCardTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      search_(new QLineEdit(this)),
      members_(new ListTable({tr("เลขที่"), tr("ชื่อ-สกุล"), tr("สถานะ")}, {MemberName}, this)),
      asOf_(new ThaiDateEdit(this)),
      summary_(new QLabel(this)),
      details_(new QTabWidget(this)),
      loans_(new ListTable({tr("สัญญา"), tr("ประเภท"), tr("วิธีคิดดอกเบี้ย"), tr("วงเงิน"), tr("คงเหลือ"),
                            tr("ถึงกำหนดชำระ"), tr("ค้าง (วัน)"), tr("สถานะ")},
                           {Product}, this)),
      schedule_(new ListTable(
          {tr("งวด"), tr("กำหนดชำระ"), tr("เงินต้น"), tr("ดอกเบี้ย"), tr("รวมชำระ"), tr("เงินต้นคงเหลือ")},
          {}, this)),
      months_(new ListTable({tr("เดือน"), tr("สัจจะที่ต้องส่ง"), tr("ส่งแล้ว")}, {0}, this)),
      receipts_(
          new ListTable({tr("เลขที่ใบเสร็จ"), tr("วันที่"), tr("รายการ"), tr("จำนวนเงิน")}, {2}, this)),
      join_(new QPushButton(tr("รับสมาชิกใหม่…"), this)),
      pledge_(new QPushButton(tr("เปลี่ยนสัจจะ…"), this)),
      leave_(new QPushButton(tr("ลาออก…"), this)),
      beneficiaries_(new QPushButton(tr("ผู้รับประโยชน์…"), this)),
      outcome_(new QLabel(this)) {
    setObjectName(QStringLiteral("memberCardTab"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildMemberSide());
    split->addWidget(buildCardSide());
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    // Room for the number and a whole Thai name in the member list.
    split->setSizes({fontMetrics().averageCharWidth() * 38, 3000});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildActions());
    layout->addWidget(split, 1);
    asOf_->setDate(QDate::currentDate());
    connect(search_, &QLineEdit::textChanged, members_, &ListTable::setSearchText);
    connect(members_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        membershipId_ = members_->currentData().toString();
        loadCard();
    });
    connect(asOf_, &ThaiDateEdit::edited, this, &MemberCardTab::loadCard);
    connect(loans_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MemberCardTab::fillSchedule);
}

QWidget* MemberCardTab::buildActions() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(join_);
    row->addWidget(pledge_);
    row->addWidget(beneficiaries_);
    row->addWidget(leave_);
    row->addWidget(outcome_, 1);
    outcome_->setWordWrap(true);
    connect(join_, &QPushButton::clicked, this, &MemberCardTab::joinMember);
    connect(pledge_, &QPushButton::clicked, this, &MemberCardTab::changePledge);
    connect(leave_, &QPushButton::clicked, this, &MemberCardTab::leaveGroup);
    connect(beneficiaries_, &QPushButton::clicked, this, &MemberCardTab::editBeneficiaries);
    return bar;
}

void MemberCardTab::joinMember() {
    JoinMemberDialog dialog(db_, organisationId_, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Joined& joined = dialog.result();
    outcome_->setText(joined.feeReceipt
                          ? tr("รับสมาชิกเลขที่ %1 แล้ว ใบเสร็จค่าธรรมเนียมแรกเข้าเลขที่ %2")
                                .arg(joined.membership.memberNo, receiptNoText(*joined.feeReceipt))
                          : tr("รับสมาชิกเลขที่ %1 แล้ว").arg(joined.membership.memberNo));
    membershipId_ = joined.membership.id;
    showOrganisation(organisationId_);
}

void MemberCardTab::changePledge() {
    if (membershipId_.isEmpty())
        return;
    PledgeDialog dialog(db_, membershipId_, cardName_, cardShares_, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    outcome_->setText(tr("บันทึกการเปลี่ยนสัจจะของ %1 แล้ว").arg(cardName_));
    loadCard();
}

void MemberCardTab::editBeneficiaries() {
    if (membershipId_.isEmpty())
        return;
    BeneficiariesDialog dialog(db_, membershipId_, cardName_, this);
    if (dialog.exec() == QDialog::Accepted)
        outcome_->setText(tr("บันทึกผู้รับประโยชน์ของ %1 แล้ว").arg(cardName_));
}

void MemberCardTab::leaveGroup() {
    if (membershipId_.isEmpty())
        return;
    LeaveDialog dialog(db_, membershipId_, cardName_, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    outcome_->setText(tr("%1 ลาออกแล้ว จ่ายคืนเป็นเงินสด %2 บาท")
                          .arg(cardName_, formatMoney(dialog.result().paidOut)));
    showOrganisation(organisationId_);
}

QString MemberCardTab::title() const {
    return tr("บัตรสมาชิก");
}

QWidget* MemberCardTab::buildMemberSide() {
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    search_->setPlaceholderText(tr("ค้นหาชื่อหรือเลขที่สมาชิก"));
    search_->setClearButtonEnabled(true);
    members_->setObjectName(QStringLiteral("cardMemberList"));
    layout->addWidget(search_);
    layout->addWidget(members_, 1);
    return side;
}

QWidget* MemberCardTab::buildCardSide() {
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* dateRow = new QHBoxLayout;
    auto* label = new QLabel(tr("ข้อมูล ณ วันที่:"), side);
    label->setBuddy(asOf_->lineEdit());
    dateRow->addWidget(label);
    dateRow->addWidget(asOf_, 1);
    summary_->setObjectName(QStringLiteral("cardSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    auto* loanPage = new QSplitter(Qt::Vertical, details_);
    loanPage->addWidget(loans_);
    loanPage->addWidget(schedule_);
    details_->addTab(loanPage, tr("เงินกู้และตารางผ่อน"));
    details_->addTab(months_, tr("สัจจะ 12 เดือน"));
    details_->addTab(receipts_, tr("ประวัติการรับเงิน"));
    layout->addLayout(dateRow);
    layout->addWidget(summary_);
    layout->addWidget(details_, 1);
    return side;
}

void MemberCardTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    const QString keep = membershipId_;
    members_->clearRows();
    if (!organisationId.isEmpty())
        for (const MemberRow& row : MembershipRepository(db_).members(organisationId, true)) {
            ListCell no = ListCell::of(row.membership.memberNo);
            no.sortKey = row.membership.memberNo.toInt();
            no.data = row.membership.id;
            const bool active = row.membership.leftOn.isNull();
            members_->addRow({no, ListCell::of(personDisplayName(row.person)),
                              ListCell::of(active ? tr("สมาชิก") : tr("ลาออกแล้ว"))});
        }
    if (!showMember(keep) && members_->rows() > 0)
        members_->setCurrentIndex(members_->model()->index(0, 0));
    if (members_->rows() == 0) {
        membershipId_.clear();
        loadCard();
    }
}

bool MemberCardTab::showMember(const QString& membershipId) {
    return members_->selectData(membershipId);
}

void MemberCardTab::loadCard() {
    loans_->clearRows();
    months_->clearRows();
    receipts_->clearRows();
    schedule_->clearRows();
    cardLoans_.clear();
    join_->setEnabled(!organisationId_.isEmpty());
    pledge_->setEnabled(false);
    leave_->setEnabled(false);
    beneficiaries_->setEnabled(false);
    if (membershipId_.isEmpty() || !asOf_->date().isValid()) {
        summary_->setText(tr("เลือกสมาชิกทางซ้ายเพื่อดูบัตรสมาชิก"));
        return;
    }
    try {
        const MemberCard card = loadMemberCard(db_, membershipId_, asOf_->date());
        fillSummary(card);
        fillLoans(card);
        fillMonths(card);
        fillReceipts(card);
    } catch (const Error& error) {
        summary_->setText(error.message());
    }
}

void MemberCardTab::fillSummary(const MemberCard& card) {
    cardName_ = personDisplayName(card.person);
    cardShares_ = card.shares;
    const bool active = card.membership.leftOn.isNull();
    pledge_->setEnabled(active);
    leave_->setEnabled(active);
    beneficiaries_->setEnabled(active);
    QString missed;
    if (!card.sajja.missed.isEmpty())
        missed = tr("<br><span style='color:#a40000'>ค้างสัจจะ %1 เดือน รวม %2 บาท</span>")
                     .arg(card.sajja.missed.size())
                     .arg(formatMoney(card.sajja.arrears()));
    summary_->setText(
        tr("<b style='font-size:large'>%1</b> &nbsp; สมาชิกเลขที่ %2 &nbsp; เข้าเป็นสมาชิก %3<br>"
           "สัจจะเดือนละ %4 หุ้น = %5 บาท &nbsp;|&nbsp; เงินสัจจะสะสม <b>%6</b> บาท "
           "&nbsp;|&nbsp; เงินฝาก %7 บาท &nbsp;|&nbsp; เงินกู้คงเหลือ <b>%8</b> บาท%9")
            .arg(personDisplayName(card.person).toHtmlEscaped(), card.membership.memberNo,
                 formatThaiDate(card.membership.joinedOn, ThaiDateStyle::Long))
            .arg(card.shares)
            .arg(formatMoney(card.monthlySajja), formatMoney(card.savings),
                 formatMoney(card.deposits), formatMoney(card.loansOutstanding), missed));
}

void MemberCardTab::fillLoans(const MemberCard& card) {
    cardLoans_ = card.loans;
    for (int i = 0; i < card.loans.size(); ++i) {
        const MemberCardLoan& l = card.loans.at(i);
        ListCell contract = ListCell::of(contractNoText(l.loan));
        contract.data = i;
        const qint64 overdue = l.standing ? l.standing->daysOverdue() : 0;
        ListCell days = ListCell::number(overdue);
        days.warning = overdue > 0;
        const Money amount = l.loan.terms ? l.loan.terms->principal : l.loan.requestedAmount;
        loans_->addRow(
            {contract, ListCell::of(l.productName),
             ListCell::of(l.loan.terms ? interestMethodLabel(l.loan.terms->method) : QString()),
             ListCell::money(amount),
             ListCell::money(l.standing ? l.standing->outstandingPrincipal : Money()),
             ListCell::money(l.standing ? l.standing->dueNow() : Money()), days,
             ListCell::of(loanStatusLabel(l.loan.status))});
    }
    if (loans_->rows() > 0)
        loans_->setCurrentIndex(loans_->model()->index(0, 0));
}

void MemberCardTab::fillSchedule() {
    schedule_->clearRows();
    const QVariant chosen = loans_->currentData();
    if (!chosen.isValid() || chosen.toInt() >= cardLoans_.size())
        return;
    for (const Instalment& i : cardLoans_.at(chosen.toInt()).schedule)
        schedule_->addRow({ListCell::number(i.number), ListCell::date(i.dueDate),
                           ListCell::money(i.principal), ListCell::money(i.interest),
                           ListCell::money(i.payment), ListCell::money(i.balance)});
}

void MemberCardTab::fillMonths(const MemberCard& card) {
    for (auto it = card.months.rbegin(); it != card.months.rend(); ++it) {
        ListCell month = ListCell::of(monthText(it->month));
        month.sortKey = it->month;
        ListCell paid = ListCell::money(it->paid);
        paid.warning = it->paid < it->due;
        months_->addRow({month, ListCell::money(it->due), paid});
    }
}

void MemberCardTab::fillReceipts(const MemberCard& card) {
    for (const Receipt& r : card.receipts) {
        QStringList parts;
        for (const ReceiptLine& line : r.lines)
            parts << tr("%1 %2").arg(receiptLineKindLabel(line.kind), formatMoney(line.amount));
        ListCell number = ListCell::of(receiptNoText(r));
        number.sortKey = r.receiptYear * 100000 + r.receiptNo;
        receipts_->addRow({number, ListCell::date(r.receiptDate),
                           ListCell::of(parts.join(QStringLiteral(", "))),
                           ListCell::money(r.total)});
    }
}

}  // namespace thanrak::ui
