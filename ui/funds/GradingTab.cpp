#include "funds/GradingTab.h"

#include "base/Error.h"
#include "fund/FundOverview.h"
#include "savings/LoanRegister.h"
#include "money/MoneyFormat.h"
#include "thai/ThaiDate.h"
#include "widgets/ListTable.h"
#include "widgets/TableSetup.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

GradingTab::GradingTab(Database& database, QWidget* parent)
    : GroupTab(parent),
      db_(database),
      year_(new QComboBox(this)),
      assessedOn_(new ThaiDateEdit(this)),
      assessor_(new QLineEdit(this)),
      hint_(new QLabel(this)),
      scores_(new QTableWidget(0, ColumnCount, this)),
      result_(new QLabel(this)),
      save_(new QPushButton(tr("บันทึกผลการประเมิน"), this)),
      history_(new ListTable({tr("ปี"), tr("ระดับ"), tr("คะแนน"), tr("ร้อยละ"), tr("วันที่ประเมิน"),
                              tr("ผู้ประเมิน")},
                             {5}, this)) {
    setObjectName(QStringLiteral("gradingTab"));
    year_->setObjectName(QStringLiteral("gradeYearBox"));
    scores_->setObjectName(QStringLiteral("scoreTable"));
    result_->setObjectName(QStringLiteral("gradeResult"));
    const int thisYear = QDate::currentDate().year();
    for (int y = thisYear; y >= thisYear - 5; --y)
        year_->addItem(tr("ปี %1").arg(buddhistYear(y)), y);
    year_->setCurrentIndex(1);  // last year is the one usually assessed
    scores_->setHorizontalHeaderLabels({tr("หัวข้อการประเมิน"), tr("คะแนนเต็ม"), tr("คะแนนที่ได้"),
                                        tr("หลักฐาน / สิ่งที่พบ")});
    setUpTable(scores_);
    scores_->setSortingEnabled(false);
    scores_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    scores_->setSelectionBehavior(QAbstractItemView::SelectItems);
    hint_->setWordWrap(true);
    assessedOn_->setDate(QDate::currentDate());
    auto* top = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("ประเมินผลการดำเนินงาน:"), this);
    yearLabel->setBuddy(year_);
    top->addWidget(yearLabel);
    top->addWidget(year_);
    auto* dayLabel = new QLabel(tr("วันที่ประเมิน:"), this);
    dayLabel->setBuddy(assessedOn_->lineEdit());
    top->addWidget(dayLabel);
    top->addWidget(assessedOn_);
    top->addStretch();
    auto* who = new QHBoxLayout;
    auto* whoLabel = new QLabel(tr("ผู้ประเมิน:"), this);
    whoLabel->setBuddy(assessor_);
    who->addWidget(whoLabel);
    who->addWidget(assessor_, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(result_, 1);
    bottom->addWidget(save_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(who);
    layout->addWidget(hint_);
    layout->addWidget(scores_, 2);
    layout->addLayout(bottom);
    layout->addWidget(new QLabel(tr("ผลการประเมินที่บันทึกไว้"), this));
    layout->addWidget(history_, 1);
    connect(year_, &QComboBox::currentIndexChanged, this, &GradingTab::loadYear);
    connect(scores_, &QTableWidget::itemChanged, this, &GradingTab::recalculate);
    connect(save_, &QPushButton::clicked, this, &GradingTab::save);
}

QString GradingTab::title() const {
    return tr("ผลการประเมิน");
}

void GradingTab::showOrganisation(const QString& organisationId) {
    organisationId_ = organisationId;
    scheme_ = GradeRepository(db_).ensureDefaultScheme();
    loadYear();
    fillHistory();
}

void GradingTab::loadYear() {
    const int year = year_->currentData().toInt();
    const std::optional<FundGrade> kept =
        organisationId_.isEmpty() ? std::nullopt : GradeRepository(db_).find(organisationId_, year);
    const GradingScheme scheme =
        kept ? GradeRepository(db_).scheme(kept->schemeId).value_or(scheme_) : scheme_;
    {
        const QSignalBlocker blocker(scores_);
        scores_->setRowCount(static_cast<int>(scheme.criteria.size()));
        for (int row = 0; row < scheme.criteria.size(); ++row) {
            const GradingCriterion& c = scheme.criteria.at(row);
            CriterionScore score{c.key, 0, {}};
            if (kept)
                for (const CriterionScore& s : kept->scores)
                    if (s.key == c.key)
                        score = s;
            QTableWidgetItem* name = readOnlyItem(c.name);
            name->setToolTip(c.guide);
            name->setData(Qt::UserRole, c.key);
            scores_->setItem(row, Criterion, name);
            scores_->setItem(row, MaxScore, readOnlyItem(QString::number(c.maxScore), true));
            auto* points = new QTableWidgetItem(kept ? QString::number(score.score) : QString());
            points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            scores_->setItem(row, Score, points);
            scores_->setItem(row, Evidence, new QTableWidgetItem(score.evidence));
        }
    }
    scores_->resizeColumnsToContents();
    scores_->horizontalHeader()->setSectionResizeMode(Evidence, QHeaderView::Stretch);
    if (kept) {
        assessedOn_->setDate(kept->assessedOn);
        assessor_->setText(kept->assessor);
    }
    hint_->clear();
    if (!organisationId_.isEmpty()) {
        const LoanRegisterTotals loans =
            loanTotalsOn(db_, organisationId_, QDate(year, 12, 31));
        const Ratio share = loans.arrearsPercent();
        hint_->setText(tr("ข้อมูลจากบัญชี ณ 31 ธ.ค. %1: เงินให้กู้คงเหลือ %2 บาท ค้างชำระ %3 สัญญา "
                          "เงินต้น %4 บาท (ร้อยละ %5)")
                           .arg(buddhistYear(year))
                           .arg(formatMoney(loans.outstanding))
                           .arg(loans.inArrears)
                           .arg(formatMoney(loans.outstandingInArrears), percentTwoPlaces(share)));
    }
    recalculate();
}

QList<CriterionScore> GradingTab::collect(bool* readable) const {
    QList<CriterionScore> scores;
    *readable = true;
    for (int row = 0; row < scores_->rowCount(); ++row) {
        bool ok = false;
        const int points = scores_->item(row, Score)->text().trimmed().toInt(&ok);
        if (!ok)
            *readable = false;
        scores.append({scores_->item(row, Criterion)->data(Qt::UserRole).toString(), points,
                       scores_->item(row, Evidence)->text().trimmed()});
    }
    return scores;
}

void GradingTab::recalculate() {
    bool readable = false;
    const QList<CriterionScore> scores = collect(&readable);
    save_->setEnabled(false);
    if (organisationId_.isEmpty())
        return;
    if (!readable) {
        result_->setText(tr("ใส่คะแนนเป็นตัวเลขให้ครบทุกหัวข้อ"));
        return;
    }
    const FieldProblems problems = checkScores(scheme_, scores);
    if (!problems.isEmpty()) {
        result_->setText(problems.first().message);
        return;
    }
    const GradeResult r = gradeOf(scheme_, scores);
    result_->setText(tr("รวม %1 จาก %2 คะแนน (ร้อยละ %3)  ระดับ %4")
                         .arg(r.total)
                         .arg(r.maxTotal)
                         .arg(percentTwoPlaces(r.percent), r.grade));
    save_->setEnabled(true);
}

void GradingTab::save() {
    bool readable = false;
    FundGrade grade;
    grade.organisationId = organisationId_;
    grade.year = year_->currentData().toInt();
    grade.schemeId = scheme_.id;
    grade.assessedOn = assessedOn_->date();
    grade.assessor = assessor_->text().trimmed();
    grade.scores = collect(&readable);
    try {
        GradeRepository(db_).save(grade);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("บันทึกผลการประเมิน"), e.message());
        return;
    }
    fillHistory();
}

void GradingTab::fillHistory() {
    history_->clearRows();
    if (organisationId_.isEmpty())
        return;
    for (const FundGrade& g : GradeRepository(db_).ofFund(organisationId_)) {
        ListCell year = ListCell::number(buddhistYear(g.year));
        history_->addRow({year, ListCell::of(g.result.grade), ListCell::number(g.result.total),
                          ListCell::of(percentTwoPlaces(g.result.percent)),
                          ListCell::date(g.assessedOn), ListCell::of(g.assessor)});
    }
}

}  // namespace thanrak::ui
