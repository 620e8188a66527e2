#include "otop/TargetDialog.h"

#include "money/MoneyFormat.h"
#include "otop/OtopRules.h"
#include "otop/SalesRepository.h"
#include "thai/ThaiDate.h"
#include "widgets/FieldForm.h"
#include "widgets/FormNumbers.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thanrak::ui {

TargetDialog::TargetDialog(Database& database, const OtopProduct& product, int year, QWidget* parent)
    : RecordDialog(tr("เป้าหมายยอดขายประจำปี"), parent),
      db_(database),
      year_(new QLineEdit(QString::number(buddhistYear(year)), this)),
      amount_(new QLineEdit(this)),
      quantity_(new QLineEdit(this)) {
    target_.productId = product.id;
    target_.year = year;
    amount_->setObjectName(QStringLiteral("targetAmount"));
    auto* heading = new QLabel(tr("ผลิตภัณฑ์: %1").arg(product.name), this);
    heading->setWordWrap(true);
    body()->insertWidget(0, heading);
    if (const std::optional<SalesTarget> existing = SalesRepository(database).target(product.id, year)) {
        target_ = *existing;
        amount_->setText(formatMoney(existing->amount));
        if (existing->quantity > 0) quantity_->setText(QString::number(existing->quantity));
    }
    amount_->setAlignment(Qt::AlignRight);
    quantity_->setAlignment(Qt::AlignRight);
    form()->addRow(tr("ปี (พ.ศ.)"), year_, QStringLiteral("year"));
    form()->addRow(tr("เป้าหมายยอดขาย (บาท)"), amount_, QStringLiteral("amount"));
    form()->addRow(tr("เป้าหมายจำนวน (%1) ไม่บังคับ").arg(product.unit), quantity_, QStringLiteral("quantity"));
    watch(year_, QStringLiteral("year"));
    watch(amount_, QStringLiteral("amount"));
    watch(quantity_, QStringLiteral("quantity"));
    setTabChain({year_, amount_, quantity_});
    fitToScreen(fontMetrics().averageCharWidth() * 70);
    revalidate();
}

std::optional<SalesTarget> TargetDialog::collect(FieldProblems& problems) const {
    SalesTarget t = target_;
    const std::optional<int> year = readInteger(year_, QStringLiteral("year"), problems);
    const std::optional<Money> amount = readMoney(amount_, QStringLiteral("amount"), problems);
    std::optional<int> quantity = 0;
    if (!quantity_->text().trimmed().isEmpty())
        quantity = readInteger(quantity_, QStringLiteral("quantity"), problems);
    if (!year || !amount || !quantity) return std::nullopt;
    // The box asks for the B.E. year; the core keeps C.E.
    t.year = *year - 543;
    if (t.year != target_.year) t.id.clear();
    t.amount = *amount;
    t.quantity = *quantity;
    return t;
}

FieldProblems TargetDialog::problems() {
    FieldProblems found;
    if (const std::optional<SalesTarget> t = collect(found)) {
        for (FieldProblem p : validateTarget(*t)) {
            // The core speaks of C.E. years; this box holds a B.E. year.
            if (p.field == QStringLiteral("year")) p.message = tr("ปี พ.ศ. ไม่ถูกต้อง");
            found.append(p);
        }
    }
    return found;
}

void TargetDialog::saveRecord() {
    FieldProblems ignored;
    std::optional<SalesTarget> t = collect(ignored);
    if (!t) return;
    SalesRepository(db_).saveTarget(*t);
}

}  // namespace thanrak::ui
