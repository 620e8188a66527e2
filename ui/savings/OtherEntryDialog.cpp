#include "savings/OtherEntryDialog.h"

#include "money/MoneyFormat.h"
#include "widgets/FieldForm.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
const QString kKind = QStringLiteral("kind");
const QString kAccount = QStringLiteral("account");
const QString kDate = QStringLiteral("date");
const QString kAmount = QStringLiteral("amount");
const QString kChannel = QStringLiteral("channel");
const QString kDescription = QStringLiteral("description");

// Drops the core's problems about `field` (the form already says why).
void dropField(FieldProblems& problems, const QString& field) {
    problems.removeIf([&](const FieldProblem& p) { return p.field == field; });
}
}  // namespace

OtherEntryDialog::OtherEntryDialog(Database& database, const QString& organisationId,
                                   QWidget* parent)
    : RecordDialog(tr("บันทึกรายรับ/รายจ่ายอื่น"), parent),
      db_(database),
      organisationId_(organisationId),
      kind_(new QComboBox(this)),
      account_(new QComboBox(this)),
      date_(new ThaiDateEdit(this)),
      amount_(new QLineEdit(this)),
      channel_(new QComboBox(this)),
      description_(new QLineEdit(this)) {
    auto* note = new QLabel(tr("ใช้บันทึกเงินที่กลุ่มได้รับหรือจ่ายนอกเหนือจากเงินสัจจะและเงินกู้ "
                               "เช่น ดอกเบี้ยเงินฝากธนาคาร ค่าเครื่องเขียน ค่าใช้จ่ายในการประชุม"),
                            this);
    note->setWordWrap(true);
    body()->insertWidget(0, note);
    kind_->setObjectName(QStringLiteral("kindCombo"));
    kind_->addItem(tr("ค่าใช้จ่าย (จ่ายเงินออก)"), static_cast<int>(OtherEntryKind::Expense));
    kind_->addItem(tr("รายได้อื่น (รับเงินเข้า)"), static_cast<int>(OtherEntryKind::Income));
    account_->setObjectName(QStringLiteral("accountCombo"));
    date_->setObjectName(QStringLiteral("dateEdit"));
    date_->lineEdit()->setObjectName(QStringLiteral("dateLineEdit"));
    date_->setDate(QDate::currentDate());
    amount_->setObjectName(QStringLiteral("amountEdit"));
    amount_->setAlignment(Qt::AlignRight);
    amount_->setPlaceholderText(QStringLiteral("0.00"));
    amount_->setMaxLength(20);
    amount_->setFixedWidth(
        amount_->fontMetrics().horizontalAdvance(QStringLiteral("10,000,000.00")) +
        amount_->fontMetrics().averageCharWidth() * 4);
    channel_->setObjectName(QStringLiteral("channelCombo"));
    channel_->addItem(tr("เงินสด"), static_cast<int>(MoneyChannel::Cash));
    channel_->addItem(tr("เงินฝากธนาคาร"), static_cast<int>(MoneyChannel::Bank));
    description_->setObjectName(QStringLiteral("descriptionEdit"));
    description_->setMaxLength(200);
    description_->setPlaceholderText(tr("เช่น ซื้อสมุดบัญชีและปากกา"));
    // Room for a whole sentence, and for the message under it on one line.
    description_->setMinimumWidth(description_->fontMetrics().averageCharWidth() * 45);
    buildForm();
    fillAccounts();
    setTabChain({kind_, account_, date_->lineEdit(), amount_, channel_, description_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

void OtherEntryDialog::buildForm() {
    form()->addRow(tr("ประเภท"), kind_, kKind);
    form()->addRow(tr("บัญชี"), account_, kAccount);
    form()->addRow(tr("วันที่ (พ.ศ.)"), date_, kDate);
    form()->addRow(tr("จำนวนเงิน (บาท)"), amount_, kAmount);
    form()->addRow(tr("รับหรือจ่ายทาง"), channel_, kChannel);
    form()->addRow(tr("คำอธิบาย"), description_, kDescription);
    watch(kind_, kKind);
    watch(account_, kAccount);
    watch(date_, kDate);
    watch(amount_, kAmount);
    watch(channel_, kChannel);
    watch(description_, kDescription);
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        fillAccounts();
        revalidate();
    });
    connect(amount_, &QLineEdit::editingFinished, this, &OtherEntryDialog::tidyAmount);
}

void OtherEntryDialog::fillAccounts() {
    account_->clear();
    for (const Account& account : OtherEntries(db_).selectableAccounts(organisationId_, kind()))
        account_->addItem(QStringLiteral("%1 (%2)").arg(account.name, account.code), account.id);
}

OtherEntryKind OtherEntryDialog::kind() const {
    return static_cast<OtherEntryKind>(kind_->currentData().toInt());
}

bool OtherEntryDialog::throughCash() const {
    return static_cast<MoneyChannel>(channel_->currentData().toInt()) == MoneyChannel::Cash;
}

// "1234.5" reads back as "1,234.50" once the user leaves the box.
void OtherEntryDialog::tidyAmount() {
    FieldProblems ignored;
    if (const std::optional<Money> amount = readAmount(amount_->text(), ignored))
        amount_->setText(formatMoney(*amount));
}

OtherEntry OtherEntryDialog::collect(Money amount) const {
    return {organisationId_,
            date_->date(),
            kind(),
            account_->currentData().toString(),
            amount,
            static_cast<MoneyChannel>(channel_->currentData().toInt()),
            description_->text()};
}

FieldProblems OtherEntryDialog::problems() {
    FieldProblems typed;
    const std::optional<Money> amount = readAmount(amount_->text(), typed);
    FieldProblems found = OtherEntries(db_).check(collect(amount.value_or(Money())));
    if (!amount)
        dropField(found, kAmount);
    if (date_->hasError())
        dropField(found, kDate);
    addUnreadable(found, date_, kDate);
    return typed + found;
}

void OtherEntryDialog::saveRecord() {
    FieldProblems typed;
    const std::optional<Money> amount = readAmount(amount_->text(), typed);
    throwIfAny(typed);
    posted_ = OtherEntries(db_).record(collect(*amount));
}

}  // namespace thanrak::ui
