#pragma once

#include "money/Money.h"
#include "otop/OtopTypes.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace thanrak {

// A registered OTOP producer: a community group (linked to its organisation),
// a single owner (linked to the person) or an SME (either).
struct OtopProducer {
    QString id;  // UUID; empty until saved
    ProducerType type = ProducerType::CommunityGroup;
    QString name;
    QString organisationId;  // empty when the producer is a person
    QString personId;        // the owner or contact person; may be empty for a group
    QString villageCode;
    QString contactName;
    QString phone;
    int memberCount = 0;
    QDate registeredOn;
    QString registrationNo;
    QString notes;
};

struct OtopProduct {
    QString id;
    QString producerId;
    QString name;
    QString brand;
    OtopCategory category = OtopCategory::Food;
    QString subGroup;     // กลุ่มย่อย: "ขนม", "ผ้าไหม"
    QString description;
    QString story;        // เรื่องราว ภูมิปัญญา
    QString unit;         // "ถุง", "ผืน", "ขวด"
    Money price;          // per unit
    int monthlyCapacity = 0;  // units a month
    QString rawMaterials;
    QString packaging;
};

// A photo kept in the file (JPEG or PNG bytes as the user chose them).
struct ProductPhoto {
    QString id;
    QString productId;
    int position = 1;
    QString caption;
    QByteArray image;
};

struct ProductCertificate {
    QString id;
    QString productId;
    ProductStandard standard = ProductStandard::Fda;
    QString number;
    QString issuer;
    QDate issuedOn;
    QDate expiresOn;  // null: does not expire (GI, some อย. numbers)
    QString notes;
};

// How a certificate stands on a day.
enum class CertificateState { Valid, Expiring, Expired, NoExpiry };

// One OTOP Product Champion round (a year): the names and full marks of its
// three scored parts and the lowest total for each number of stars.
struct ChampionRound {
    QString id;
    int year = 0;
    QString title;
    QString partNames[3];
    int partMax[3] = {0, 0, 0};
    int minFive = 90;
    int minFour = 80;
    int minThree = 70;
    int minTwo = 50;

    int fullMarks() const { return partMax[0] + partMax[1] + partMax[2]; }
};

struct ProductRating {
    QString id;
    QString productId;
    QString roundId;
    int parts[3] = {0, 0, 0};
    int stars = 0;  // computed from the round's thresholds when saved
    std::optional<MarkTier> markTier;
    QDate ratedOn;
    QString notes;

    int total() const { return parts[0] + parts[1] + parts[2]; }
};

struct SalesChannel {
    QString id;
    QString key;  // shipped channels: "shopee"; empty for one a user added
    QString name;
    bool online = false;
    int position = 0;
};

// One product's sales through one channel in one month.
struct MonthlySales {
    QString id;
    QString productId;
    QDate month;  // the first day of the month
    QString channelId;
    int quantity = 0;
    Money amount;
};

struct SalesTarget {
    QString id;
    QString productId;
    int year = 0;
    Money amount;
    int quantity = 0;  // 0: no quantity target
};

}  // namespace thanrak
