#include "organisations/MembershipDialog.h"

#include "domain/MembershipRepository.h"
#include "domain/PersonRepository.h"
#include "widgets/FieldForm.h"
#include "widgets/PersonChoices.h"
#include "widgets/PersonPicker.h"
#include "widgets/ThaiDateEdit.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

MembershipDialog::MembershipDialog(Database& database, const Organisation& organisation,
                                   QWidget* parent)
    : RecordDialog(tr("เพิ่มสมาชิก"), parent),
      db_(database),
      person_(new PersonPicker(
          [&database](const QString& text) { return searchPersonChoices(database, text); }, this)),
      memberNo_(new QLineEdit(this)),
      joined_(new ThaiDateEdit(this)) {
    membership_.organisationId = organisation.id;
    auto* heading = new QLabel(tr("องค์กร: %1").arg(organisation.name), this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    memberNo_->setObjectName(QStringLiteral("memberNoEdit"));
    memberNo_->setText(MembershipRepository(database).nextMemberNo(organisation.id));
    joined_->setDate(QDate::currentDate());
    form()->addRow(tr("บุคคล"), person_, QStringLiteral("person_id"));
    form()->addRow(tr("เลขทะเบียนสมาชิก"), memberNo_, QStringLiteral("member_no"));
    form()->addRow(tr("วันที่เข้าเป็นสมาชิก (พ.ศ.)"), joined_, QStringLiteral("joined_on"));
    form()->alsoShow(QStringLiteral("organisation_id"), QStringLiteral("person_id"));
    connect(person_, &PersonPicker::chosen, this, [this] {
        if (!person_->currentId().isEmpty())
            fieldEdited(QStringLiteral("person_id"));
        else
            revalidate();
    });
    watch(memberNo_, QStringLiteral("member_no"));
    watch(joined_, QStringLiteral("joined_on"));
    setTabChain({person_->searchBox(), person_->list(), memberNo_, joined_->lineEdit()});
    fitToScreen(fontMetrics().averageCharWidth() * 90);
    revalidate();
}

Membership MembershipDialog::collect() const {
    Membership m = membership_;
    m.personId = person_->currentId();
    m.memberNo = memberNo_->text().trimmed();
    m.joinedOn = joined_->date();
    return m;
}

FieldProblems MembershipDialog::problems() {
    FieldProblems found = MembershipRepository(db_).check(collect());
    addUnreadable(found, joined_, QStringLiteral("joined_on"));
    return found;
}

void MembershipDialog::saveRecord() {
    Membership m = collect();
    MembershipRepository(db_).save(m);
    membership_ = m;
}

}  // namespace thanrak::ui
