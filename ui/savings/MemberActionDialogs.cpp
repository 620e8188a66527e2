#include "savings/MemberActionDialogs.h"

#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"
#include "widgets/PersonChoices.h"
#include "widgets/PersonPicker.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
int sharesOf(const QLineEdit* edit, FieldProblems* problems) {
    return readInteger(edit, QStringLiteral("shares"), *problems).value_or(0);
}

QLabel* nameHeading(const QString& name, QWidget* parent) {
    auto* label = new QLabel(
        QCoreApplication::translate("MemberActionDialogs", "สมาชิก: %1").arg(name), parent);
    label->setWordWrap(true);
    return label;
}
}  // namespace

JoinMemberDialog::JoinMemberDialog(Database& database, const QString& organisationId,
                                   QWidget* parent)
    : RecordDialog(tr("รับสมาชิกใหม่"), parent),
      db_(database),
      organisationId_(organisationId),
      person_(new PersonPicker(
          [&database](const QString& text) { return searchPersonChoices(database, text); }, this)),
      joined_(new ThaiDateEdit(this)),
      shares_(new QLineEdit(QStringLiteral("1"), this)),
      memberNo_(new QLineEdit(this)) {
    shares_->setObjectName(QStringLiteral("sharesEdit"));
    shares_->setAlignment(Qt::AlignRight);
    memberNo_->setPlaceholderText(tr("เว้นว่างเพื่อใช้เลขถัดไป"));
    joined_->setDate(QDate::currentDate());
    form()->addRow(tr("บุคคล (ค้นหาชื่อหรือเลขบัตร)"), person_, QStringLiteral("person_id"));
    form()->addRow(tr("วันที่เข้าเป็นสมาชิก (พ.ศ.)"), joined_, QStringLiteral("joined_on"));
    form()->addRow(tr("สัจจะเดือนละ (หุ้น)"), shares_, QStringLiteral("shares"));
    form()->addRow(tr("เลขที่สมาชิก"), memberNo_, QStringLiteral("member_no"));
    watch(joined_, QStringLiteral("joined_on"));
    watch(shares_, QStringLiteral("shares"));
    watch(memberNo_, QStringLiteral("member_no"));
    connect(person_, &PersonPicker::chosen, this,
            [this] { fieldEdited(QStringLiteral("person_id")); });
    setTabChain({person_->searchBox(), person_->list(), joined_->lineEdit(), shares_, memberNo_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

JoinRequest JoinMemberDialog::collect(FieldProblems* problems) const {
    JoinRequest r;
    r.organisationId = organisationId_;
    r.personId = person_->currentId();
    r.joinedOn = joined_->date();
    r.shares = sharesOf(shares_, problems);
    r.memberNo = memberNo_->text().trimmed();
    if (r.personId.isEmpty())
        problems->append({QStringLiteral("person_id"), tr("กรุณาเลือกบุคคลที่จะเป็นสมาชิก")});
    return r;
}

FieldProblems JoinMemberDialog::problems() {
    FieldProblems found;
    collect(&found);
    addUnreadable(found, joined_, QStringLiteral("joined_on"));
    return found;
}

void JoinMemberDialog::saveRecord() {
    FieldProblems ignored;
    result_ = MemberService(db_).join(collect(&ignored));
}

PledgeDialog::PledgeDialog(Database& database, const QString& membershipId, const QString& name,
                           int currentShares, QWidget* parent)
    : RecordDialog(tr("เปลี่ยนจำนวนหุ้นสัจจะ"), parent),
      db_(database),
      membershipId_(membershipId),
      from_(new ThaiDateEdit(this)),
      shares_(new QLineEdit(QString::number(currentShares), this)) {
    body()->insertWidget(0, nameHeading(name, this));
    const QDate today = QDate::currentDate();
    from_->setDate(QDate(today.year(), today.month(), 1).addMonths(1));
    shares_->setAlignment(Qt::AlignRight);
    form()->addRow(tr("เริ่มตั้งแต่ (พ.ศ.)"), from_, QStringLiteral("effective_from"));
    form()->addRow(tr("สัจจะเดือนละ (หุ้น)"), shares_, QStringLiteral("shares"));
    watch(from_, QStringLiteral("effective_from"));
    watch(shares_, QStringLiteral("shares"));
    setTabChain({from_->lineEdit(), shares_});
    fitToScreen(fontMetrics().averageCharWidth() * 70);
    revalidate();
}

FieldProblems PledgeDialog::problems() {
    FieldProblems found;
    sharesOf(shares_, &found);
    addUnreadable(found, from_, QStringLiteral("effective_from"));
    return found;
}

void PledgeDialog::saveRecord() {
    FieldProblems ignored;
    MemberService(db_).changePledge(membershipId_, from_->date(), sharesOf(shares_, &ignored));
}

LeaveDialog::LeaveDialog(Database& database, const QString& membershipId, const QString& name,
                         QWidget* parent)
    : RecordDialog(tr("สมาชิกลาออก"), parent),
      db_(database),
      membershipId_(membershipId),
      day_(new ThaiDateEdit(this)),
      offset_(new QComboBox(this)) {
    body()->insertWidget(0, nameHeading(name, this));
    offset_->addItem(tr("ไม่หัก (ต้องไม่มีหนี้เงินกู้ค้าง)"), false);
    offset_->addItem(tr("หักเงินสัจจะชำระหนี้เงินกู้ก่อน (หักกลบลบหนี้)"), true);
    day_->setDate(QDate::currentDate());
    form()->addRow(tr("วันที่ลาออก (พ.ศ.)"), day_, QStringLiteral("left_on"));
    form()->addRow(tr("หนี้เงินกู้ที่ค้าง"), offset_, QStringLiteral("member_leave"));
    watch(day_, QStringLiteral("left_on"));
    setTabChain({day_->lineEdit(), offset_});
    fitToScreen(fontMetrics().averageCharWidth() * 80);
    revalidate();
}

FieldProblems LeaveDialog::problems() {
    FieldProblems found;
    addUnreadable(found, day_, QStringLiteral("left_on"));
    return found;
}

void LeaveDialog::saveRecord() {
    result_ = MemberService(db_).leave(membershipId_, day_->date(),
                                       LeaveOptions{offset_->currentData().toBool()});
}

}  // namespace thanrak::ui
