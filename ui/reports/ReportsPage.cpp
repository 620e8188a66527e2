#include "reports/ReportsPage.h"

#include "base/Error.h"
#include "report/ReportPdf.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportPreview.h"
#include "reports/ReportRequestForm.h"
#include "reports/ReportSettingsDialog.h"
#include "widgets/ActionRow.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
QString scopeHeading(ReportScope scope) {
    switch (scope) {
        case ReportScope::Finance:
            return QCoreApplication::translate("ReportsPage", "กลุ่มออมทรัพย์และกองทุนหมู่บ้าน");
        case ReportScope::Fund:
            return QCoreApplication::translate("ReportsPage", "กองทุนหมู่บ้าน");
        case ReportScope::District:
            return QCoreApplication::translate("ReportsPage", "สำนักงานอำเภอ");
        case ReportScope::Plan:
            return QCoreApplication::translate("ReportsPage", "แผนธุรกิจชุมชน");
    }
    return {};
}

// A file name to start the save dialog with: "สมุดเงินสด-2569-03.pdf".
QString suggestedName(const ReportDocument& document, const QString& suffix) {
    QString name = document.header.title;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir::home().filePath(name + QLatin1Char('.') + suffix);
}
}  // namespace

ReportsPage::ReportsPage(Database& database, QWidget* parent)
    : ModulePage(parent),
      db_(database),
      list_(new QListWidget(this)),
      form_(new ReportRequestForm(database, this)),
      heading_(new QLabel(this)),
      purpose_(new QLabel(this)),
      preview_(new QPushButton(tr("ดูตัวอย่างและพิมพ์…"), this)),
      pdf_(new QPushButton(tr("บันทึก PDF…"), this)),
      csv_(new QPushButton(tr("ส่งออก CSV…"), this)),
      settings_(new QPushButton(tr("ตั้งค่าการพิมพ์ขององค์กร…"), this)),
      outcome_(new QLabel(this)) {
    setObjectName(QStringLiteral("reportsPage"));
    list_->setObjectName(QStringLiteral("reportList"));
    preview_->setObjectName(QStringLiteral("reportPreview"));
    pdf_->setObjectName(QStringLiteral("reportPdf"));
    csv_->setObjectName(QStringLiteral("reportCsv"));
    settings_->setObjectName(QStringLiteral("reportSettings"));
    outcome_->setObjectName(QStringLiteral("reportOutcome"));
    preview_->setShortcut(QKeySequence::Print);
    pdf_->setToolTip(tr("บันทึกรายงานเป็นไฟล์ PDF สำหรับส่งต่อหรือพิมพ์ภายหลัง"));
    csv_->setToolTip(tr("ส่งออกตารางของรายงานเป็นไฟล์ CSV ที่เปิดด้วย Excel ได้ ภาษาไทยไม่เพี้ยน"));
    QFont headingFont = heading_->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading_->setFont(headingFont);
    purpose_->setWordWrap(true);
    std::optional<ReportScope> scope;
    for (const ReportInfo& info : reportCatalog()) {
        if (scope != info.scope) {
            scope = info.scope;
            auto* group = new QListWidgetItem(scopeHeading(info.scope), list_);
            group->setFlags(Qt::NoItemFlags);
            QFont bold = list_->font();
            bold.setBold(true);
            group->setFont(bold);
        }
        auto* item = new QListWidgetItem(QStringLiteral("   ") + info.title, list_);
        item->setData(Qt::UserRole, info.name);
    }
    // As wide as the longest title, so no report name is cut off.
    list_->setFixedWidth(list_->sizeHintForColumn(0) + 2 * list_->frameWidth() +
                         list_->verticalScrollBar()->sizeHint().width() + 8);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* right = new QVBoxLayout;
    right->addWidget(heading_);
    right->addWidget(purpose_);
    right->addWidget(form_);
    right->addWidget(actionRow(this, {preview_, pdf_, csv_}, outcome_));
    right->addWidget(settings_, 0, Qt::AlignLeft);
    right->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(list_);
    layout->addLayout(right, 1);
    connect(list_, &QListWidget::currentRowChanged, this, &ReportsPage::chosen);
    connect(preview_, &QPushButton::clicked, this, &ReportsPage::previewReport);
    connect(pdf_, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("pdf")); });
    connect(csv_, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("csv")); });
    connect(form_, &ReportRequestForm::changed, outcome_, &QLabel::hide);
    connect(settings_, &QPushButton::clicked, this, &ReportsPage::editSettings);
    choose(reportCatalog().front().name);
}

QString ReportsPage::title() const {
    return tr("รายงาน");
}

void ReportsPage::refresh() {
    form_->reloadOrganisations();
}

void ReportsPage::choose(const QString& name) {
    for (int row = 0; row < list_->count(); ++row)
        if (list_->item(row)->data(Qt::UserRole).toString() == name)
            list_->setCurrentRow(row);
}

void ReportsPage::chosen() {
    const QListWidgetItem* item = list_->currentItem();
    const std::optional<ReportInfo> info =
        item ? findReport(item->data(Qt::UserRole).toString()) : std::nullopt;
    for (QWidget* w : std::initializer_list<QWidget*>{form_, preview_, pdf_, csv_})
        w->setEnabled(info.has_value());
    if (!info)
        return;
    settings_->setVisible(info->scope != ReportScope::District && info->scope != ReportScope::Plan);
    heading_->setText(info->title);
    purpose_->setText(info->purpose);
    form_->showFor(*info);
    outcome_->hide();
}

void ReportsPage::editSettings() {
    const QString organisation = form_->organisations()->currentData().toString();
    if (organisation.isEmpty()) {
        tell(tr("เลือกองค์กรก่อน แล้วจึงตั้งค่าการพิมพ์"), true);
        return;
    }
    ReportSettingsDialog dialog(db_, organisation, form_->organisations()->currentText(), this);
    dialog.exec();
}

void ReportsPage::tell(const QString& text, bool problem) {
    outcome_->setText(text);
    outcome_->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    outcome_->show();
}

std::optional<ReportDocument> ReportsPage::build() {
    const QListWidgetItem* item = list_->currentItem();
    const std::optional<ReportInfo> info =
        item ? findReport(item->data(Qt::UserRole).toString()) : std::nullopt;
    if (!info)
        return std::nullopt;
    const ReportRequest request = form_->request();
    if (!request.to.isValid() || (info->period == ReportPeriod::Range && !request.from.isValid())) {
        tell(tr("กรุณาใส่วันที่ให้ครบและถูกต้องก่อน"), true);
        return std::nullopt;
    }
    try {
        return buildReport(db_, *info, request);
    } catch (const Error& error) {
        tell(error.message(), true);
        return std::nullopt;
    }
}

void ReportsPage::previewReport() {
    if (const std::optional<ReportDocument> document = build())
        ui::previewReport(*document, RenderOptions{form_->thaiDigits()}, this);
}

bool ReportsPage::saveTo(const QString& path) {
    const std::optional<ReportDocument> document = build();
    if (!document)
        return false;
    try {
        const int pages = saveReport(*document, path, RenderOptions{form_->thaiDigits()});
        tell(pages > 0 ? tr("บันทึกแล้ว %1 หน้า: %2").arg(pages).arg(QDir::toNativeSeparators(path))
                       : tr("ส่งออกแล้ว: %1").arg(QDir::toNativeSeparators(path)),
             false);
        return true;
    } catch (const Error& error) {
        tell(error.message(), true);
        return false;
    }
}

void ReportsPage::saveAs(const QString& suffix) {
    const std::optional<ReportDocument> document = build();
    if (!document)
        return;
    const QString filter = suffix == QLatin1String("pdf") ? tr("เอกสาร PDF (*.pdf)")
                                                          : tr("ไฟล์ CSV สำหรับ Excel (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("บันทึกรายงาน"),
                                                suggestedName(*document, suffix), filter);
    if (path.isEmpty())
        return;
    // The button decides the format: "รายงาน.txt" saved as CSV becomes "รายงาน.txt.csv".
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    saveTo(path);
}

}  // namespace thanrak::ui
