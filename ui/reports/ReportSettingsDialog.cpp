#include "reports/ReportSettingsDialog.h"

#include "base/Error.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

ReportSettingsDialog::ReportSettingsDialog(Database& database, const QString& organisationId,
                                           const QString& organisationName, QWidget* parent)
    : QDialog(parent),
      db_(database),
      settings_(ReportSettingsRepository(database).of(organisationId)),
      logo_(new QLabel(this)),
      problem_(new QLabel(this)),
      preparer_(new QLineEdit(settings_.preparer, this)),
      chair_(new QLineEdit(settings_.chair, this)),
      auditor_(new QLineEdit(settings_.auditor, this)) {
    setObjectName(QStringLiteral("reportSettingsDialog"));
    setWindowTitle(tr("ตั้งค่าการพิมพ์: %1").arg(organisationName));
    preparer_->setObjectName(QStringLiteral("preparerEdit"));
    chair_->setObjectName(QStringLiteral("chairEdit"));
    auditor_->setObjectName(QStringLiteral("auditorEdit"));
    for (QLineEdit* edit : {preparer_, chair_, auditor_}) {
        edit->setPlaceholderText(tr("เว้นว่างไว้ = ใช้ชื่อตามคณะกรรมการในวันที่ของรายงาน"));
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 24);
    }
    logo_->setFixedSize(120, 120);
    logo_->setAlignment(Qt::AlignCenter);
    logo_->setFrameShape(QFrame::StyledPanel);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem_->hide();
    auto* choose = new QPushButton(tr("เลือกรูปโลโก้…"), this);
    auto* clear = new QPushButton(tr("ไม่ใช้โลโก้"), this);
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(choose);
    logoButtons->addWidget(clear);
    logoButtons->addStretch(1);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(logo_);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("โลโก้:"), logoRow);
    form->addRow(tr("เหรัญญิก (ผู้จัดทำ):"), preparer_);
    form->addRow(tr("ประธานกรรมการ:"), chair_);
    form->addRow(tr("ผู้ตรวจสอบ:"), auditor_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, &ReportSettingsDialog::chooseLogo);
    connect(clear, &QPushButton::clicked, this, [this] {
        settings_.logoPng.clear();
        showLogo();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportSettingsDialog::reject);
    showLogo();
}

void ReportSettingsDialog::showLogo() {
    QPixmap pixmap;
    if (!settings_.logoPng.isEmpty() && pixmap.loadFromData(settings_.logoPng))
        logo_->setPixmap(
            pixmap.scaled(logo_->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        logo_->setText(tr("ไม่มีโลโก้"));
}

bool ReportSettingsDialog::useLogoFile(const QString& path) {
    try {
        settings_.logoPng = logoFromFile(path);
        problem_->hide();
        showLogo();
        return true;
    } catch (const Error& error) {
        problem_->setText(error.message());
        problem_->show();
        return false;
    }
}

void ReportSettingsDialog::chooseLogo() {
    const QString path = QFileDialog::getOpenFileName(this, tr("เลือกรูปโลโก้"), QDir::homePath(),
                                                      tr("รูปภาพ (*.png *.jpg *.jpeg *.bmp)"));
    if (!path.isEmpty())
        useLogoFile(path);
}

void ReportSettingsDialog::accept() {
    settings_.preparer = preparer_->text();
    settings_.chair = chair_->text();
    settings_.auditor = auditor_->text();
    try {
        ReportSettingsRepository(db_).save(settings_);
        QDialog::accept();
    } catch (const Error& error) {
        problem_->setText(error.message());
        problem_->show();
    }
}

}  // namespace thanrak::ui
