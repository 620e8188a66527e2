#include "otop/ExpiryReminder.h"

#include "otop/CertificateRepository.h"
#include "otop/OtopRules.h"
#include "thai/ThaiDate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace thanrak::ui {

namespace {
constexpr int kShown = 3;
}

ExpiryReminder::ExpiryReminder(Database& database, QWidget* parent)
    : QFrame(parent),
      db_(database),
      text_(new QLabel(this)),
      open_(new QPushButton(tr("ดูรายการทั้งหมด"), this)),
      close_(new QPushButton(tr("ปิดข้อความนี้"), this)) {
    setObjectName(QStringLiteral("expiryReminder"));
    text_->setObjectName(QStringLiteral("expiryReminderText"));
    setStyleSheet(QStringLiteral("QFrame#expiryReminder { background: #fff4d6; border-bottom: 1px solid #e0c070; }"));
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(open_);
    buttons->addWidget(close_);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(text_, 1);
    layout->addLayout(buttons);
    connect(open_, &QPushButton::clicked, this, &ExpiryReminder::listRequested);
    connect(close_, &QPushButton::clicked, this, [this] {
        dismissed_ = true;
        hide();
    });
    hide();  // until refresh() finds something to say
}

void ExpiryReminder::refresh() {
    const QDate today = QDate::currentDate();
    const QList<CertificateRow> rows =
        CertificateRepository(db_).expiring(today, kCertificateWarningDays, false);
    setVisible(!dismissed_ && !rows.isEmpty());
    if (rows.isEmpty()) return;
    QString html = tr("<b>ใบรับรองมาตรฐานผลิตภัณฑ์ %1 รายการจะหมดอายุภายใน %2 วัน</b>")
                       .arg(rows.size())
                       .arg(kCertificateWarningDays);
    html += QStringLiteral("<ul style='margin: 2px 0 0 -20px'>");
    for (int i = 0; i < std::min(kShown, int(rows.size())); ++i) {
        const CertificateRow& r = rows[i];
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1 เลขที่ %2 · %3 (%4) · หมดอายุ %5 อีก %6 วัน")
                             .arg(productStandardLabel(r.certificate.standard), r.certificate.number,
                                  r.productName, r.producerName,
                                  formatThaiDate(r.certificate.expiresOn, ThaiDateStyle::Short))
                             .arg(r.daysLeft)
                             .toHtmlEscaped());
    }
    if (rows.size() > kShown)
        html += QStringLiteral("<li>%1</li>").arg(tr("และอีก %1 รายการ").arg(rows.size() - kShown));
    html += QStringLiteral("</ul>");
    text_->setText(html);
}

}  // namespace thanrak::ui
