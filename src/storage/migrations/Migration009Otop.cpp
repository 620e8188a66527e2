#include "base/Ids.h"
#include "storage/Sql.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>

namespace thanrak::migrations {

// OTOP (หนึ่งตำบล หนึ่งผลิตภัณฑ์, DOMAIN.md §4): the producers a district
// office registers, their products with photos and certificates, the OTOP
// Product Champion rounds with each round's score parts and star thresholds
// as data, each product's rating in a round, and sales by month and channel
// against a yearly target.
//
// Every table here can be edited or deleted, so each has updated_at and a
// tombstone trigger for data exchange (migration 8).
static const char* const kOtop = R"sql(
CREATE TABLE otop_producers (
  id TEXT PRIMARY KEY,
  producer_type TEXT NOT NULL CHECK (producer_type IN ('community_group', 'single_owner', 'sme')),
  name TEXT NOT NULL CHECK (name <> ''),
  organisation_id TEXT REFERENCES organisations(id),
  person_id TEXT REFERENCES people(id),
  village_code TEXT NOT NULL REFERENCES villages(code),
  contact_name TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  member_count INTEGER NOT NULL DEFAULT 0 CHECK (member_count BETWEEN 0 AND 100000),
  registered_on TEXT CHECK (registered_on IS NULL OR date(registered_on) = registered_on),
  registration_no TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (organisation_id IS NOT NULL OR person_id IS NOT NULL)
);
CREATE INDEX otop_producers_village ON otop_producers(village_code);
CREATE UNIQUE INDEX otop_producers_registration ON otop_producers(registration_no)
  WHERE registration_no <> '';
CREATE TABLE otop_products (
  id TEXT PRIMARY KEY,
  producer_id TEXT NOT NULL REFERENCES otop_producers(id),
  name TEXT NOT NULL CHECK (name <> ''),
  brand TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL CHECK (category IN ('food', 'drink', 'textile', 'household', 'herbal')),
  sub_group TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  story TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL CHECK (unit <> ''),
  price INTEGER NOT NULL CHECK (price >= 0),
  monthly_capacity INTEGER NOT NULL DEFAULT 0 CHECK (monthly_capacity >= 0),
  raw_materials TEXT NOT NULL DEFAULT '',
  packaging TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (producer_id, name)
);
CREATE TABLE otop_product_photos (
  id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES otop_products(id),
  position INTEGER NOT NULL CHECK (position >= 1),
  caption TEXT NOT NULL DEFAULT '',
  image BLOB NOT NULL CHECK (length(image) > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX otop_product_photos_product ON otop_product_photos(product_id, position);
CREATE TABLE otop_certificates (
  id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES otop_products(id),
  standard TEXT NOT NULL CHECK (standard IN ('fda', 'tcps', 'tis', 'gmp', 'gap', 'haccp',
                                              'q_mark', 'organic', 'halal', 'gi')),
  number TEXT NOT NULL CHECK (number <> ''),
  issuer TEXT NOT NULL DEFAULT '',
  issued_on TEXT NOT NULL CHECK (date(issued_on) = issued_on),
  expires_on TEXT CHECK (expires_on IS NULL OR
                         (date(expires_on) = expires_on AND expires_on > issued_on)),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX otop_certificates_product ON otop_certificates(product_id);
CREATE INDEX otop_certificates_expiry ON otop_certificates(expires_on) WHERE expires_on IS NOT NULL;
CREATE TABLE otop_rounds (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1900 AND 2200),
  title TEXT NOT NULL CHECK (title <> ''),
  part1_name TEXT NOT NULL CHECK (part1_name <> ''),
  part1_max INTEGER NOT NULL CHECK (part1_max > 0),
  part2_name TEXT NOT NULL CHECK (part2_name <> ''),
  part2_max INTEGER NOT NULL CHECK (part2_max > 0),
  part3_name TEXT NOT NULL CHECK (part3_name <> ''),
  part3_max INTEGER NOT NULL CHECK (part3_max > 0),
  min_five INTEGER NOT NULL,
  min_four INTEGER NOT NULL,
  min_three INTEGER NOT NULL,
  min_two INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (min_two > 0 AND min_three > min_two AND min_four > min_three AND min_five > min_four AND
         min_five <= part1_max + part2_max + part3_max)
);
CREATE TABLE otop_ratings (
  id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES otop_products(id),
  round_id TEXT NOT NULL REFERENCES otop_rounds(id),
  part1 INTEGER NOT NULL CHECK (part1 >= 0),
  part2 INTEGER NOT NULL CHECK (part2 >= 0),
  part3 INTEGER NOT NULL CHECK (part3 >= 0),
  stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
  mark_tier TEXT CHECK (mark_tier IS NULL OR mark_tier IN ('premium', 'classic', 'standard')),
  rated_on TEXT CHECK (rated_on IS NULL OR date(rated_on) = rated_on),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (product_id, round_id)
);
CREATE INDEX otop_ratings_round ON otop_ratings(round_id);
CREATE TABLE otop_channels (
  id TEXT PRIMARY KEY,
  key TEXT UNIQUE CHECK (key IS NULL OR key <> ''),
  name TEXT NOT NULL UNIQUE CHECK (name <> ''),
  online INTEGER NOT NULL CHECK (online IN (0, 1)),
  position INTEGER NOT NULL CHECK (position >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE otop_sales (
  id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES otop_products(id),
  sales_month TEXT NOT NULL CHECK (sales_month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  channel_id TEXT NOT NULL REFERENCES otop_channels(id),
  quantity INTEGER NOT NULL CHECK (quantity >= 0),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (product_id, sales_month, channel_id)
);
CREATE INDEX otop_sales_month ON otop_sales(sales_month);
CREATE TABLE otop_targets (
  id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES otop_products(id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  amount INTEGER NOT NULL CHECK (amount > 0),
  quantity INTEGER CHECK (quantity IS NULL OR quantity > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (product_id, year)
);
)sql";

static const char* const kTombstoned[] = {
    "otop_producers", "otop_products", "otop_product_photos", "otop_certificates", "otop_rounds",
    "otop_ratings",   "otop_channels", "otop_sales",          "otop_targets",
};

// The channels seeds 000 and 003 name. Their ids come from their keys, so
// every installation has the same rows and bundles meet on them.
static const char* const kChannels[][3] = {
    {"otop_online", "OTOP Online", "1"},
    {"lazada", "Lazada", "1"},
    {"shopee", "Shopee", "1"},
    {"line_shopping", "LINE Shopping", "1"},
    {"e_marketplace", "e-Marketplace อื่น ๆ", "1"},
    {"fair", "งานแสดงและจำหน่ายสินค้า", "0"},
    {"market", "ตลาดต้องชม ตลาดนัดชุมชน", "0"},
    {"shop", "ร้านค้าและหน้าร้าน", "0"},
};

void applyOtop(QSqlDatabase& db) {
    const QString doing = QCoreApplication::translate("Storage", "การสร้างตารางผลิตภัณฑ์ OTOP");
    sql::runScript(db, QString::fromUtf8(kOtop), doing);
    for (const char* table : kTombstoned)
        sql::run(db,
                 QStringLiteral("CREATE TRIGGER %1_tombstone AFTER DELETE ON %1 BEGIN "
                                "INSERT OR REPLACE INTO tombstones (table_name, row_key, deleted_at) "
                                "VALUES ('%1', OLD.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END")
                     .arg(QLatin1String(table)),
                 {}, doing);
    // A fixed stamp, so the shipped rows are equal on every installation and
    // any edit a user makes is newer.
    const QString shipped = QStringLiteral("2020-01-01T00:00:00.000Z");
    int position = 0;
    for (const auto& channel : kChannels) {
        const QString key = QLatin1String(channel[0]);
        sql::run(db,
                 QStringLiteral("INSERT INTO otop_channels (id, key, name, online, position, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {stableUuid(QStringLiteral("otop_channel"), key), key,
                  QString::fromUtf8(channel[1]), QLatin1String(channel[2]).toInt(), ++position,
                  shipped, shipped},
                 doing);
    }
}

}  // namespace thanrak::migrations
