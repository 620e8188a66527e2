#include "organisations/CommitteeTermDialog.h"

#include "domain/CommitteeRepository.h"
#include "domain/MembershipRepository.h"
#include "widgets/FieldForm.h"
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
// Committee members come from the organisation's current members.
QList<PickChoice> matchingMembers(const QList<MemberRow>& members, const QString& text) {
    QList<PickChoice> choices;
    for (const MemberRow& row : members) {
        const QString name = personDisplayName(row.person);
        if (text.isEmpty() || name.contains(text) || row.membership.memberNo == text)
            choices.append({row.person.id, QStringLiteral("%1  ·  %2")
                                               .arg(name, QCoreApplication::translate(
                                                              "CommitteeTermDialog", "สมาชิกเลขที่ %1")
                                                              .arg(row.membership.memberNo))});
    }
    return choices;
}
}  // namespace

CommitteeTermDialog::CommitteeTermDialog(Database& database, const Organisation& organisation,
                                         QWidget* parent)
    : RecordDialog(tr("เพิ่มกรรมการ"), parent),
      db_(database),
      committee_(new QComboBox(this)),
      role_(new QComboBox(this)),
      person_(new PersonPicker([members = MembershipRepository(database).members(organisation.id)](
                                   const QString& text) { return matchingMembers(members, text); },
                               this)),
      start_(new ThaiDateEdit(this)),
      end_(new ThaiDateEdit(this)) {
    term_.organisationId = organisation.id;
    auto* heading = new QLabel(tr("องค์กร: %1").arg(organisation.name), this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    for (Committee committee : allCommittees())
        committee_->addItem(committeeLabel(committee), static_cast<int>(committee));
    for (CommitteeRole role : allCommitteeRoles())
        role_->addItem(committeeRoleLabel(role), static_cast<int>(role));
    role_->setCurrentIndex(role_->findData(static_cast<int>(CommitteeRole::Member)));
    buildForm();
    start_->setDate(QDate::currentDate());
    end_->setDate(defaultTermEnd(start_->date()));
    setTabChain({committee_, role_, person_->searchBox(), person_->list(), start_->lineEdit(),
                 end_->lineEdit()});
    fitToScreen(fontMetrics().averageCharWidth() * 90);
    revalidate();
}

void CommitteeTermDialog::buildForm() {
    form()->addRow(tr("คณะกรรมการ"), committee_, QStringLiteral("committee"));
    form()->addRow(tr("ตำแหน่ง"), role_, QStringLiteral("role"));
    form()->addRow(tr("กรรมการ (จากสมาชิก)"), person_, QStringLiteral("person_id"));
    form()->addRow(tr("เริ่มวาระ (พ.ศ.)"), start_, QStringLiteral("term_start"));
    form()->addRow(tr("สิ้นสุดวาระ (พ.ศ.)"), end_, QStringLiteral("term_end"));
    watch(committee_, QStringLiteral("committee"));
    watch(role_, QStringLiteral("role"));
    watch(end_, QStringLiteral("term_end"));
    connect(person_, &PersonPicker::chosen, this, [this] {
        if (!person_->currentId().isEmpty())
            fieldEdited(QStringLiteral("person_id"));
        else
            revalidate();
    });
    connect(start_, &ThaiDateEdit::edited, this, &CommitteeTermDialog::startChanged);
    connect(end_, &ThaiDateEdit::edited, this, [this] { endTyped_ = !end_->isEmpty(); });
}

void CommitteeTermDialog::startChanged() {
    if (!endTyped_ && start_->date().isValid())
        end_->setDate(defaultTermEnd(start_->date()));
    fieldEdited(QStringLiteral("term_start"));
}

CommitteeTerm CommitteeTermDialog::collect() const {
    CommitteeTerm t = term_;
    t.committee = static_cast<Committee>(committee_->currentData().toInt());
    t.role = static_cast<CommitteeRole>(role_->currentData().toInt());
    t.personId = person_->currentId();
    t.termStart = start_->date();
    t.termEnd = end_->date();
    return t;
}

FieldProblems CommitteeTermDialog::problems() {
    FieldProblems found = CommitteeRepository(db_).check(collect());
    addUnreadable(found, start_, QStringLiteral("term_start"));
    addUnreadable(found, end_, QStringLiteral("term_end"));
    return found;
}

void CommitteeTermDialog::saveRecord() {
    CommitteeTerm t = collect();
    CommitteeRepository(db_).save(t);
    term_ = t;
}

}  // namespace thanrak::ui
