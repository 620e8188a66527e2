#include "shell/StartPage.h"

#include "runtime/RecentFiles.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

StartPage::StartPage(QWidget* parent) : QWidget(parent), column_(new QWidget(this)) {
    auto* title = new QLabel(tr("ฐานราก"), column_);
    QFont big = title->font();
    big.setPointSize(big.pointSize() * 8 / 5);
    big.setBold(true);
    title->setFont(big);
    auto* subtitle =
        new QLabel(tr("ข้อมูลกลุ่มออมทรัพย์ กองทุนหมู่บ้าน และองค์กรชุมชน ใช้ได้โดยไม่ต้องต่ออินเทอร์เน็ต"), column_);
    subtitle->setWordWrap(true);
    auto* column = new QVBoxLayout(column_);
    column->setSpacing(fontMetrics().height() / 2);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(fontMetrics().height());
    recent_ = addButton(tr("เปิดไฟล์ล่าสุด"), QStringLiteral("openRecentButton"));
    QPushButton* open = addButton(tr("เปิดไฟล์…"), QStringLiteral("openButton"));
    QPushButton* create = addButton(tr("สร้างไฟล์ใหม่…"), QStringLiteral("createButton"));
    QPushButton* demo =
        addButton(tr("เปิดข้อมูลตัวอย่าง (อำเภอสมมติสำหรับทดลองใช้)"), QStringLiteral("demoButton"));
    column->addStretch(1);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column_, 3);
    outer->addStretch(1);
    connect(recent_, &QPushButton::clicked, this,
            [this] { emit openRecentRequested(recentPath_); });
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(create, &QPushButton::clicked, this, &StartPage::createRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    refresh();
}

QPushButton* StartPage::addButton(const QString& text, const QString& name) {
    auto* button = new QPushButton(text, column_);
    button->setObjectName(name);
    QFont font = button->font();
    font.setPointSize(font.pointSize() * 5 / 4);
    button->setFont(font);
    button->setMinimumHeight(QFontMetrics(font).height() * 2);
    button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 1em;"));
    column_->layout()->addWidget(button);
    return button;
}

void StartPage::refresh() {
    const QStringList files = RecentFiles().list();
    recentPath_ = files.value(0);
    recent_->setEnabled(!recentPath_.isEmpty());
    recent_->setText(recentPath_.isEmpty()
                         ? tr("เปิดไฟล์ล่าสุด (ยังไม่มี)")
                         : tr("เปิดไฟล์ล่าสุด: %1").arg(QFileInfo(recentPath_).fileName()));
    recent_->setToolTip(recentPath_);
}

}  // namespace thanrak::ui
