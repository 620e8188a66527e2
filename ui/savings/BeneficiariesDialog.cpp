#include "savings/BeneficiariesDialog.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"
#include "savings/MemberService.h"
#include "widgets/FieldForm.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
constexpr int kRows = 5;
enum Column { Name, Relation, Percent };

QString cellText(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}
}  // namespace

BeneficiariesDialog::BeneficiariesDialog(Database& database, const QString& membershipId,
                                         const QString& name, QWidget* parent)
    : RecordDialog(tr("ผู้รับประโยชน์"), parent),
      db_(database),
      membershipId_(membershipId),
      table_(new QTableWidget(kRows, 3, this)) {
    auto* heading = new QLabel(
        tr("สมาชิก: %1\nใส่ชื่อ ความเกี่ยวพัน และส่วนแบ่งเป็นร้อยละ รวมกันต้องเท่ากับ 100").arg(name), this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    table_->setObjectName(QStringLiteral("beneficiaryTable"));
    table_->setHorizontalHeaderLabels({tr("ชื่อ-สกุล"), tr("ความเกี่ยวพัน"), tr("ร้อยละ")});
    table_->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    const QList<Beneficiary> current = BeneficiaryRepository(db_).list(membershipId);
    for (int row = 0; row < current.size() && row < kRows; ++row) {
        table_->setItem(row, Name, new QTableWidgetItem(current.at(row).name));
        table_->setItem(row, Relation, new QTableWidgetItem(current.at(row).relation));
        table_->setItem(row, Percent,
                        new QTableWidgetItem(formatDecimal(current.at(row).percent, 2)));
    }
    table_->setMinimumHeight(table_->verticalHeader()->length() +
                             table_->horizontalHeader()->height() + 4);
    form()->addRow(tr("ผู้รับประโยชน์"), table_, QStringLiteral("name"));
    form()->alsoShow(QStringLiteral("percent"), QStringLiteral("name"));
    connect(table_, &QTableWidget::itemChanged, this,
            [this] { fieldEdited(QStringLiteral("name")); });
    setTabChain({table_});
    fitToScreen(fontMetrics().averageCharWidth() * 90);
    revalidate();
}

QList<Beneficiary> BeneficiariesDialog::collect(FieldProblems* problems) const {
    QList<Beneficiary> result;
    for (int row = 0; row < kRows; ++row) {
        const QString name = cellText(table_, row, Name);
        const QString percent = cellText(table_, row, Percent);
        if (name.isEmpty() && percent.isEmpty())
            continue;
        Beneficiary b;
        b.name = name;
        b.relation = cellText(table_, row, Relation);
        try {
            b.percent = parseDecimal(percent);
        } catch (const Error& error) {
            problems->append(
                {QStringLiteral("percent"), tr("แถวที่ %1: %2").arg(row + 1).arg(error.message())});
        }
        result.append(b);
    }
    return result;
}

FieldProblems BeneficiariesDialog::problems() {
    FieldProblems found;
    const QList<Beneficiary> list = collect(&found);
    if (found.isEmpty())
        found = BeneficiaryRepository(db_).check(membershipId_, list);
    return found;
}

void BeneficiariesDialog::saveRecord() {
    FieldProblems ignored;
    QList<Beneficiary> list = collect(&ignored);
    MemberService(db_).setBeneficiaries(membershipId_, list);
}

}  // namespace thanrak::ui
