#pragma once

#include "domain/Validation.h"
#include "otop/OtopRecords.h"

#include <QList>

namespace thanrak {

class Database;

// A certificate with the product and producer it belongs to, for the expiry
// list and the start screen.
struct CertificateRow {
    ProductCertificate certificate;
    QString productName;
    QString producerName;
    QString producerPhone;
    QString subdistrictName;
    QString villageLabel;
    qint64 daysLeft = 0;  // from the day asked about; negative: expired that many days ago
    CertificateState state = CertificateState::Valid;
};

class CertificateRepository {
public:
    explicit CertificateRepository(Database& database) : db_(database) {}

    QList<ProductCertificate> ofProduct(const QString& productId);
    void save(ProductCertificate& certificate, const QDate& today);  // throws ValidationError
    void remove(const QString& id);

    // Certificates whose expiry falls on or before `day` + `days`, soonest
    // first. `includeExpired` also lists those that ran out before `day`
    // (the expiry report); the start screen shows only the coming ones.
    QList<CertificateRow> expiring(const QDate& day, int days, bool includeExpired,
                                   const QString& subdistrictCode = {});

private:
    Database& db_;
};

}  // namespace thanrak
