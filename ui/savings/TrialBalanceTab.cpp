#include "savings/TrialBalanceTab.h"

#include "ledger/Balances.h"
#include "savings/TrialBalanceModel.h"
#include "thai/ThaiDate.h"
#include "widgets/ColumnFitter.h"
#include "widgets/TableSetup.h"
#include "widgets/ThaiDateEdit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace thanrak::ui {

TrialBalanceTab::TrialBalanceTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      asOf_(new ThaiDateEdit(this)),
      status_(new QLabel(this)),
      model_(new TrialBalanceModel(this)),
      table_(new QTableView(this)) {
    setObjectName(QStringLiteral("trialBalanceTab"));
    table_->setObjectName(QStringLiteral("trialBalanceTable"));
    table_->setModel(model_);
    setUpTable(table_);
    // Read in chart order, with the totals last.
    table_->setSortingEnabled(false);
    table_->horizontalHeader()->setSortIndicatorShown(false);
    fitColumns(table_, {TrialBalanceModel::Name});
    status_->setObjectName(QStringLiteral("trialBalanceStatus"));
    status_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);
    QFont bold = status_->font();
    bold.setBold(true);
    status_->setFont(bold);
    asOf_->lineEdit()->setObjectName(QStringLiteral("trialBalanceAsOf"));
    auto* asOfLabel = new QLabel(tr("ยอดถึงวันที่"), this);
    asOfLabel->setBuddy(asOf_->lineEdit());
    auto* top = new QHBoxLayout;
    top->addWidget(asOfLabel);
    top->addWidget(asOf_);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);
    connect(asOf_, &ThaiDateEdit::edited, this, [this] {
        if (asOf_->date().isValid())
            reload();
    });
    setAsOf(QDate::currentDate());
}

QString TrialBalanceTab::title() const {
    return tr("งบทดลอง");
}

void TrialBalanceTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    reload();
}

void TrialBalanceTab::setAsOf(const QDate& day) {
    asOf_->setDate(day);
    reload();
}

void TrialBalanceTab::reload() {
    if (organisationId_.isEmpty()) {
        model_->setTrialBalance({});
        status_->setStyleSheet(QString());
        status_->setText(tr("เลือกกลุ่มก่อน แล้วงบทดลองของกลุ่มจะแสดงที่นี่"));
        return;
    }
    const QDate day = asOf_->date();
    if (!day.isValid())
        return;
    model_->setTrialBalance(Balances(db_).trialBalance(organisationId_, day));
    const TrialBalance& tb = model_->trialBalance();
    if (tb.rows.isEmpty()) {
        status_->setStyleSheet(QString());
        status_->setText(tr("ยังไม่มีรายการบัญชีถึงวันที่ %1").arg(formatThaiDate(day)));
    } else if (tb.balanced()) {
        status_->setStyleSheet(QStringLiteral("color: #006400;"));
        status_->setText(
            tr("✔ ยอดสมดุล: ยอดรวมเดบิตเท่ากับยอดรวมเครดิต ณ วันที่ %1").arg(formatThaiDate(day)));
    } else {
        status_->setStyleSheet(QStringLiteral("color: #a00000;"));
        status_->setText(tr("✘ ไม่สมดุล: ยอดรวมเดบิตไม่เท่ากับยอดรวมเครดิต ณ วันที่ %1 "
                            "กรุณาแจ้งผู้ดูแลโปรแกรม")
                             .arg(formatThaiDate(day)));
    }
}

}  // namespace thanrak::ui
