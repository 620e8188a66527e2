#include "otop/ExpiryTab.h"

#include "otop/CertificateRepository.h"
#include "otop/OtopRules.h"
#include "otop/ProductCertificatesTab.h"
#include "widgets/ListTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace thanrak::ui {

ExpiryTab::ExpiryTab(Database& database, QWidget* parent)
    : QWidget(parent),
      db_(database),
      heading_(new QLabel(this)),
      table_(new ListTable({tr("วันหมดอายุ"), tr("สถานะ"), tr("มาตรฐาน"), tr("เลขที่"), tr("ผลิตภัณฑ์"),
                            tr("ผู้ผลิต"), tr("โทรศัพท์"), tr("ตำบล")},
                           {4, 5}, this)) {
    table_->setObjectName(QStringLiteral("expiryTable"));
    heading_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading_);
    layout->addWidget(table_, 1);
    connect(table_, &QAbstractItemView::doubleClicked, this, [this] {
        const QString id = table_->currentData().toString();
        if (!id.isEmpty()) emit productChosen(id);
    });
}

void ExpiryTab::reload(const QString& subdistrictCode) {
    const QDate today = QDate::currentDate();
    const QList<CertificateRow> rows =
        CertificateRepository(db_).expiring(today, kCertificateWarningDays, true, subdistrictCode);
    table_->clearRows();
    int expired = 0;
    for (const CertificateRow& row : rows) {
        ListCell when = ListCell::date(row.certificate.expiresOn);
        when.data = row.certificate.productId;
        ListCell state = ListCell::of(certificateStateText(row.certificate, today));
        state.warning = true;
        state.sortKey = row.daysLeft;
        expired += row.state == CertificateState::Expired ? 1 : 0;
        table_->addRow({when, state, ListCell::of(productStandardLabel(row.certificate.standard)),
                        ListCell::of(row.certificate.number), ListCell::of(row.productName),
                        ListCell::of(row.producerName), ListCell::of(row.producerPhone),
                        ListCell::of(row.subdistrictName)});
    }
    heading_->setText(tr("ใบรับรองที่จะหมดอายุภายใน %1 วัน %2 รายการ และหมดอายุแล้ว %3 รายการ "
                         "ดับเบิลคลิกเพื่อเปิดผลิตภัณฑ์")
                          .arg(kCertificateWarningDays)
                          .arg(rows.size() - expired)
                          .arg(expired));
}

}  // namespace thanrak::ui
