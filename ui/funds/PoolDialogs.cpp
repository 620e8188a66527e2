#include "funds/PoolDialogs.h"

#include "fund/PoolService.h"
#include "money/MoneyFormat.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thanrak::ui {

PoolDialog::PoolDialog(Database& database, const QString& organisationId, QWidget* parent)
    : RecordDialog(tr("เปิดแหล่งเงินทุน"), parent),
      db_(database),
      kind_(new QComboBox(this)),
      name_(new QLineEdit(this)),
      bank_(new QLineEdit(this)),
      accountNo_(new QLineEdit(this)),
      openedOn_(new ThaiDateEdit(this)),
      lender_(new QLineEdit(this)),
      rate_(new QLineEdit(this)),
      months_(new QLineEdit(QStringLiteral("12"), this)),
      notes_(new QLineEdit(this)) {
    pool_.organisationId = organisationId;
    for (PoolKind kind : allPoolKinds())
        kind_->addItem(poolKindLabel(kind), static_cast<int>(kind));
    kind_->setObjectName(QStringLiteral("poolKindBox"));
    name_->setPlaceholderText(tr("เช่น เงินทุนจากรัฐบาล (บัญชี 1)"));
    bank_->setPlaceholderText(tr("เช่น ธ.ก.ส. สาขากุดชุม"));
    rate_->setAlignment(Qt::AlignRight);
    months_->setAlignment(Qt::AlignRight);
    openedOn_->setDate(QDate::currentDate());
    form()->addRow(tr("ประเภท"), kind_);
    form()->addRow(tr("ชื่อแหล่งเงินทุน"), name_, QStringLiteral("name"));
    form()->addRow(tr("ธนาคาร/สาขา"), bank_);
    form()->addRow(tr("เลขที่บัญชี"), accountNo_);
    form()->addRow(tr("วันที่เปิดบัญชี (พ.ศ.)"), openedOn_, QStringLiteral("opened_on"));
    form()->addRow(tr("ผู้ให้กู้"), lender_, QStringLiteral("lender"));
    form()->addRow(tr("อัตราดอกเบี้ย (ร้อยละต่อปี)"), rate_, QStringLiteral("loan_rate"));
    form()->addRow(tr("ระยะเวลา (เดือน)"), months_, QStringLiteral("loan_months"));
    form()->addRow(tr("หมายเหตุ"), notes_);
    watch(name_, QStringLiteral("name"));
    watch(openedOn_, QStringLiteral("opened_on"));
    watch(lender_, QStringLiteral("lender"));
    watch(rate_, QStringLiteral("loan_rate"));
    watch(months_, QStringLiteral("loan_months"));
    connect(kind_, &QComboBox::currentIndexChanged, this, &PoolDialog::kindChanged);
    setTabChain({kind_, name_, bank_, accountNo_, openedOn_->lineEdit(), lender_, rate_, months_,
                 notes_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    kindChanged();
}

void PoolDialog::kindChanged() {
    const bool outside =
        static_cast<PoolKind>(kind_->currentData().toInt()) == PoolKind::OutsideLoan;
    lender_->setEnabled(outside);
    rate_->setEnabled(outside);
    months_->setEnabled(outside);
    revalidate();
}

CapitalPool PoolDialog::collect(FieldProblems* problems) const {
    CapitalPool p = pool_;
    p.kind = static_cast<PoolKind>(kind_->currentData().toInt());
    p.name = name_->text().trimmed();
    p.bankName = bank_->text().trimmed();
    p.bankAccountNo = accountNo_->text().trimmed();
    p.openedOn = openedOn_->date();
    p.notes = notes_->text().trimmed();
    if (p.kind == PoolKind::OutsideLoan) {
        OutsideLoanTerms t;
        t.lender = lender_->text().trimmed();
        FieldProblems ignored;
        FieldProblems& sink = problems ? *problems : ignored;
        t.ratePercent = readDecimal(rate_, QStringLiteral("loan_rate"), sink).value_or(Ratio());
        t.months = readInteger(months_, QStringLiteral("loan_months"), sink).value_or(0);
        p.outsideLoan = t;
    }
    return p;
}

FieldProblems PoolDialog::problems() {
    FieldProblems found;
    addUnreadable(found, openedOn_, QStringLiteral("opened_on"));
    const CapitalPool p = collect(&found);
    found += validatePool(p);
    return found;
}

void PoolDialog::saveRecord() {
    pool_ = PoolService(db_).open(collect(nullptr));
}

namespace {
QString titleFor(PoolMovementKind kind) {
    switch (kind) {
        case PoolMovementKind::Capital:
            return QCoreApplication::translate("PoolMoneyDialog", "รับเงินทุนเข้าแหล่งเงินทุน");
        case PoolMovementKind::Deposit:
            return QCoreApplication::translate("PoolMoneyDialog", "นำเงินสดฝากเข้าบัญชี");
        case PoolMovementKind::Withdrawal:
            return QCoreApplication::translate("PoolMoneyDialog", "ถอนเงินจากบัญชีเป็นเงินสด");
        case PoolMovementKind::OutsideRepayment:
            return QCoreApplication::translate("PoolMoneyDialog", "ชำระคืนเงินกู้ยืมให้ผู้ให้กู้");
    }
    return {};
}
}  // namespace

PoolMoneyDialog::PoolMoneyDialog(Database& database, const CapitalPool& pool,
                                 PoolMovementKind kind, QWidget* parent)
    : RecordDialog(titleFor(kind), parent),
      db_(database),
      pool_(pool),
      kind_(kind),
      day_(new ThaiDateEdit(this)),
      amount_(new QLineEdit(this)),
      interest_(new QLineEdit(this)),
      source_(new QLineEdit(this)) {
    auto* heading = new QLabel(tr("แหล่งเงินทุน: %1").arg(pool.name), this);
    body()->insertWidget(0, heading);
    day_->setDate(QDate::currentDate());
    amount_->setAlignment(Qt::AlignRight);
    interest_->setAlignment(Qt::AlignRight);
    form()->addRow(tr("วันที่ (พ.ศ.)"), day_, QStringLiteral("date"));
    const bool repayment = kind == PoolMovementKind::OutsideRepayment;
    form()->addRow(repayment ? tr("เงินต้น (บาท)") : tr("จำนวนเงิน (บาท)"), amount_,
                   QStringLiteral("amount"));
    if (repayment)
        form()->addRow(tr("ดอกเบี้ย (บาท)"), interest_, QStringLiteral("interest"));
    else
        interest_->hide();
    form()->addRow(kind == PoolMovementKind::Capital ? tr("ที่มาของเงิน") : tr("หมายเหตุ"), source_,
                   QStringLiteral("source"));
    if (kind == PoolMovementKind::Capital)
        source_->setPlaceholderText(tr("เช่น เงินเพิ่มทุนระยะที่ 3 จาก สทบ."));
    watch(day_, QStringLiteral("date"));
    watch(amount_, QStringLiteral("amount"));
    watch(source_, QStringLiteral("source"));
    setTabChain({day_->lineEdit(), amount_, interest_, source_});
    fitToScreen(fontMetrics().averageCharWidth() * 70);
    revalidate();
}

FieldProblems PoolMoneyDialog::problems() {
    FieldProblems found;
    addUnreadable(found, day_, QStringLiteral("date"));
    if (kind_ == PoolMovementKind::OutsideRepayment) {
        if (!amount_->text().trimmed().isEmpty())
            readMoney(amount_, QStringLiteral("amount"), found);
        if (!interest_->text().trimmed().isEmpty())
            readMoney(interest_, QStringLiteral("interest"), found);
    } else {
        readMoney(amount_, QStringLiteral("amount"), found);
    }
    if (kind_ == PoolMovementKind::Capital && source_->text().trimmed().isEmpty())
        found.append({QStringLiteral("source"), tr("กรุณาระบุที่มาของเงิน")});
    return found;
}

void PoolMoneyDialog::saveRecord() {
    PoolService pools(db_);
    auto amountOf = [](const QLineEdit* edit) {
        return edit->text().trimmed().isEmpty() ? Money() : parseMoney(edit->text());
    };
    const QString text = source_->text().trimmed();
    switch (kind_) {
        case PoolMovementKind::Capital:
            pools.receiveCapital(pool_.id, day_->date(), amountOf(amount_), text);
            break;
        case PoolMovementKind::Deposit:
            pools.deposit(pool_.id, day_->date(), amountOf(amount_), text);
            break;
        case PoolMovementKind::Withdrawal:
            pools.withdraw(pool_.id, day_->date(), amountOf(amount_), text);
            break;
        case PoolMovementKind::OutsideRepayment:
            pools.repayOutsideLoan(pool_.id, day_->date(), amountOf(amount_), amountOf(interest_),
                                   text);
            break;
    }
}

}  // namespace thanrak::ui
