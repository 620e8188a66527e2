#include "settings/SettingsDialog.h"

#include "app/AppLook.h"
#include "runtime/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace thanrak::ui {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent),
      language_(new QComboBox(this)),
      fontSize_(new QSpinBox(this)),
      sample_(new QLabel(this)) {
    setWindowTitle(tr("ตั้งค่า"));
    // Each language is written in itself, so a user who cannot read the
    // current one still finds their own.
    language_->addItem(QStringLiteral("ไทย"), static_cast<int>(UiLanguage::Thai));
    language_->addItem(QStringLiteral("English"), static_cast<int>(UiLanguage::English));
    language_->setCurrentIndex(uiLanguage() == UiLanguage::English ? 1 : 0);
    fontSize_->setRange(12, 28);
    fontSize_->setValue(uiFontPointSize());
    fontSize_->setSuffix(tr(" พอยต์"));
    sample_->setText(tr("ตัวอย่าง: นางสมศรี ใจดี สมาชิกเลขที่ 12 เข้ากลุ่มเมื่อ 5 มิถุนายน 2567"));
    sample_->setWordWrap(true);
    sample_->setMinimumHeight(fontMetrics().height() * 4);
    auto* form = new QFormLayout;
    form->addRow(tr("ภาษา / Language"), language_);
    form->addRow(tr("ขนาดตัวอักษร"), fontSize_);
    form->addRow(sample_);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("บันทึก"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("ยกเลิก"), QDialogButtonBox::RejectRole);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(fontSize_, &QSpinBox::valueChanged, this, &SettingsDialog::showSample);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    showSample();
}

void SettingsDialog::showSample() {
    sample_->setFont(interfaceFont(fontSize_->value()));
}

void SettingsDialog::accept() {
    const auto language = static_cast<UiLanguage>(language_->currentData().toInt());
    changed_ = language != uiLanguage() || fontSize_->value() != uiFontPointSize();
    setUiLanguage(language);
    setUiFontPointSize(fontSize_->value());
    QDialog::accept();
}

}  // namespace thanrak::ui
