#include "otop/ExpiryReminder.h"

#include "otop/CertificateRepository.h"
#include "otop/OtopRules.h"
#include "thai/ThaiDate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

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
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(text_, 1);
    layout->addWidget(open_, 0, Qt::AlignTop);
    layout->addWidget(close_, 0, Qt::AlignTop);
    connect(open_, &QPushButton::clicked, this, &ExpiryReminder::listRequested);
    connect(close_, &QPushButton::clicked, this, [this] {
        dismissed_ = true;
        hide();
    });
    hide();  // until refresh() finds something to say
}

void ExpiryReminder::setCompact(bool compact) {
    if (compact_ == compact) return;
    compact_ = compact;
    refresh();
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
    if (!compact_) {
        for (int i = 0; i < std::min(kShown, int(rows.size())); ++i) {
            const CertificateRow& r = rows[i];
            html += QStringLiteral("<br>• ") +
                    tr("%1 (อีก %2 วัน) · %3 %4 · %5")
                        .arg(formatThaiDate(r.certificate.expiresOn, ThaiDateStyle::Short))
                        .arg(r.daysLeft)
                        .arg(productStandardLabel(r.certificate.standard), r.certificate.number,
                             r.productName)
                        .toHtmlEscaped();
        }
        if (rows.size() > kShown)
            html += QStringLiteral("<br>• ") + tr("และอีก %1 รายการ").arg(rows.size() - kShown);
    }
    text_->setText(html);
}

}  // namespace thanrak::ui
