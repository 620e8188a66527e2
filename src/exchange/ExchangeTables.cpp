#include "exchange/ExchangeTables.h"

#include "storage/Sql.h"

#include <QSet>
#include <QSqlQuery>

namespace thanrak {

namespace {

struct TableSpec {
    const char* name;
    const char* key;  // comma-separated
    bool changeable;
    const char* scope;
    const char* naturalKey;
};

// The rows that belong to the products of the exported OTOP producers.
constexpr const char* kOfExportedProducts =
    "product_id IN (SELECT id FROM otop_products WHERE producer_id IN (SELECT id FROM temp.x_producers))";

// The rows of the plans of the exported organisations, and of their versions.
constexpr const char* kOfExportedPlans =
    "plan_id IN (SELECT id FROM business_plans WHERE organisation_id IN (SELECT id FROM temp.x_orgs))";
constexpr const char* kOfExportedVersions =
    "version_id IN (SELECT id FROM business_plan_versions WHERE plan_id IN (SELECT id FROM business_plans "
    "WHERE organisation_id IN (SELECT id FROM temp.x_orgs)))";

// Parents before children. The scope conditions pick the rows that belong to
// the organisations being exported (and the people and places they use).
const TableSpec kTables[] = {
    {"provinces", "code", true, "code IN (SELECT substr(code, 1, 2) FROM temp.x_villages)", ""},
    {"districts", "code", true, "code IN (SELECT substr(code, 1, 4) FROM temp.x_villages)", ""},
    {"subdistricts", "code", true, "code IN (SELECT substr(code, 1, 6) FROM temp.x_villages)", ""},
    {"villages", "code", true, "code IN (SELECT code FROM temp.x_villages)", ""},
    {"organisations", "id", true, "id IN (SELECT id FROM temp.x_orgs)", ""},
    {"people", "id", true, "id IN (SELECT id FROM temp.x_people)", "national_id"},
    {"memberships", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"committee_terms", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"report_settings", "organisation_id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)",
     ""},
    {"accounts", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"journal_entries", "id", false, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"journal_lines", "id", false,
     "entry_id IN (SELECT id FROM journal_entries WHERE organisation_id IN "
     "(SELECT id FROM temp.x_orgs))",
     ""},
    {"closed_months", "organisation_id,month", false,
     "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"group_rules", "id", false, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"group_rule_heads", "id", false,
     "rules_id IN (SELECT id FROM group_rules WHERE organisation_id IN (SELECT id FROM temp.x_orgs))",
     ""},
    {"loan_products", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"member_pledges", "id", true,
     "membership_id IN (SELECT id FROM memberships WHERE organisation_id IN "
     "(SELECT id FROM temp.x_orgs))",
     ""},
    {"beneficiaries", "id", true,
     "membership_id IN (SELECT id FROM memberships WHERE organisation_id IN "
     "(SELECT id FROM temp.x_orgs))",
     ""},
    {"capital_pools", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"loan_rounds", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"loans", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"loan_instalments", "id", false,
     "loan_id IN (SELECT id FROM loans WHERE organisation_id IN (SELECT id FROM temp.x_orgs))", ""},
    {"loan_guarantors", "id", true,
     "loan_id IN (SELECT id FROM loans WHERE organisation_id IN (SELECT id FROM temp.x_orgs))", ""},
    {"meetings", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"receipts", "id", false, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"receipt_lines", "id", false,
     "receipt_id IN (SELECT id FROM receipts WHERE organisation_id IN (SELECT id FROM temp.x_orgs))",
     ""},
    // A posted run refuses new lines, so its lines are written before it.
    {"allocation_run_heads", "id", true,
     "run_id IN (SELECT id FROM allocation_runs WHERE organisation_id IN "
     "(SELECT id FROM temp.x_orgs))",
     ""},
    {"allocation_run_members", "id", true,
     "run_id IN (SELECT id FROM allocation_runs WHERE organisation_id IN "
     "(SELECT id FROM temp.x_orgs))",
     ""},
    {"allocation_runs", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"pool_movements", "id", false,
     "pool_id IN (SELECT id FROM capital_pools WHERE organisation_id IN "
     "(SELECT id FROM temp.x_orgs))",
     ""},
    {"bank_statements", "id", false,
     "pool_id IN (SELECT id FROM capital_pools WHERE organisation_id IN "
     "(SELECT id FROM temp.x_orgs))",
     ""},
    {"bank_statement_lines", "statement_id,journal_line_id", false,
     "statement_id IN (SELECT id FROM bank_statements WHERE pool_id IN (SELECT id FROM "
     "capital_pools WHERE organisation_id IN (SELECT id FROM temp.x_orgs)))",
     ""},
    {"grading_schemes", "id", false,
     "id IN (SELECT scheme_id FROM fund_grades WHERE organisation_id IN "
     "(SELECT id FROM temp.x_orgs))",
     "key"},
    {"fund_grades", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    // OTOP: the rounds and channels are the district's shared lists and
    // travel whole; a producer travels with its village or organisation
    // (temp.x_producers, BundleExport), and everything of its products with it.
    {"otop_rounds", "id", true, "1", ""},
    {"otop_channels", "id", true, "1", ""},
    {"otop_producers", "id", true, "id IN (SELECT id FROM temp.x_producers)", ""},
    {"otop_products", "id", true, "producer_id IN (SELECT id FROM temp.x_producers)", ""},
    {"otop_product_photos", "id", true, kOfExportedProducts, ""},
    {"otop_certificates", "id", true, kOfExportedProducts, ""},
    {"otop_ratings", "id", true, kOfExportedProducts, ""},
    {"otop_sales", "id", true, kOfExportedProducts, ""},
    {"otop_targets", "id", true, kOfExportedProducts, ""},
    // Business plans travel with their organisation, and everything of a
    // plan with it. A plan's OTOP product is listed only when that product
    // travels too (see docs/bundles.md).
    {"business_plans", "id", true, "organisation_id IN (SELECT id FROM temp.x_orgs)", ""},
    {"business_plan_products", "id", true,
     "plan_id IN (SELECT id FROM business_plans WHERE organisation_id IN (SELECT id FROM temp.x_orgs)) AND "
     "product_id IN (SELECT id FROM otop_products WHERE producer_id IN (SELECT id FROM temp.x_producers))",
     ""},
    {"business_plan_versions", "id", true, kOfExportedPlans, ""},
    {"business_plan_items", "id", true, kOfExportedVersions, ""},
    {"business_plan_links", "id", true,
     "from_item_id IN (SELECT id FROM business_plan_items WHERE version_id IN (SELECT id FROM "
     "business_plan_versions WHERE plan_id IN (SELECT id FROM business_plans WHERE organisation_id IN "
     "(SELECT id FROM temp.x_orgs))))",
     ""},
    {"business_plan_ksnb", "id", true, kOfExportedPlans, ""},
    {"business_plan_steps", "id", true, kOfExportedPlans, ""},
    {"business_plan_attachments", "id", true, kOfExportedPlans, ""},
};

// Unique columns whose last one a program renumbers (cards reordered within
// a block): an import lifts it out of the way before writing (BundleImport).
QStringList renumberedUniqueOf(const QString& table) {
    if (table == QLatin1String("business_plan_items"))
        return {QStringLiteral("version_id"), QStringLiteral("block"), QStringLiteral("position")};
    return {};
}

// Lineage pointers that are UUIDs but, on purpose, not foreign keys.
const QSet<QString>& plainUuidColumns() {
    static const QSet<QString> set = {QStringLiteral("business_plan_versions.based_on_id"),
                                      QStringLiteral("business_plan_items.copied_from")};
    return set;
}

// Amounts in satang that travel as baht.
const QSet<QString>& moneyColumns() {
    static const QSet<QString> set = {
        QStringLiteral("group_rules.share_value"),
        QStringLiteral("group_rules.entrance_fee"),
        QStringLiteral("group_rules.late_sajja_fine_amount"),
        QStringLiteral("group_rules.late_instalment_fine_amount"),
        QStringLiteral("loan_products.absolute_cap"),
        QStringLiteral("loan_products.guarantor_threshold"),
        QStringLiteral("loan_products.max_exposure_per_guarantor"),
        QStringLiteral("loans.requested_amount"),
        QStringLiteral("loans.approved_amount"),
        QStringLiteral("loans.principal"),
        QStringLiteral("loan_instalments.principal"),
        QStringLiteral("loan_instalments.interest"),
        QStringLiteral("receipts.total"),
        QStringLiteral("receipt_lines.amount"),
        QStringLiteral("journal_lines.debit"),
        QStringLiteral("journal_lines.credit"),
        QStringLiteral("allocation_run_heads.pool"),
        QStringLiteral("allocation_run_heads.paid_to_members"),
        QStringLiteral("allocation_run_heads.moved_to_reserve"),
        QStringLiteral("allocation_run_heads.received_from_heads"),
        QStringLiteral("allocation_run_heads.amount"),
        QStringLiteral("allocation_run_members.opening_savings"),
        QStringLiteral("allocation_run_members.year_end_savings"),
        QStringLiteral("allocation_run_members.interest_paid"),
        QStringLiteral("allocation_run_members.dividend"),
        QStringLiteral("allocation_run_members.refund"),
        QStringLiteral("allocation_run_members.total"),
        QStringLiteral("pool_movements.amount"),
        QStringLiteral("pool_movements.interest"),
        QStringLiteral("loan_rounds.ordinary_cap"),
        QStringLiteral("loan_rounds.raised_cap"),
        QStringLiteral("loan_rounds.contract_fee"),
        QStringLiteral("otop_products.price"),
        QStringLiteral("otop_sales.amount"),
        QStringLiteral("otop_targets.amount"),
        QStringLiteral("business_plan_items.amount"),
    };
    return set;
}

const QSet<QString>& signedMoneyColumns() {
    static const QSet<QString> set = {QStringLiteral("allocation_runs.net_profit"),
                                      QStringLiteral("bank_statements.balance")};
    return set;
}

const QSet<QString>& dateColumns() {
    static const QSet<QString> set = {
        QStringLiteral("registered_on"),  QStringLiteral("birth_date"),
        QStringLiteral("joined_on"),      QStringLiteral("left_on"),
        QStringLiteral("term_start"),     QStringLiteral("term_end"),
        QStringLiteral("entry_date"),     QStringLiteral("effective_from"),
        QStringLiteral("applied_on"),     QStringLiteral("approved_on"),
        QStringLiteral("rejected_on"),    QStringLiteral("disbursed_on"),
        QStringLiteral("start_date"),     QStringLiteral("maturity_date"),
        QStringLiteral("settled_on"),     QStringLiteral("due_date"),
        QStringLiteral("meeting_date"),   QStringLiteral("receipt_date"),
        QStringLiteral("rules_effective_from"), QStringLiteral("opened_on"),
        QStringLiteral("movement_date"),  QStringLiteral("apply_by"),
        QStringLiteral("closed_on"),      QStringLiteral("statement_date"),
        QStringLiteral("assessed_on"),    QStringLiteral("issued_on"),
        QStringLiteral("expires_on"),     QStringLiteral("rated_on"),
        QStringLiteral("version_date"),   QStringLiteral("start_on"),
        QStringLiteral("end_on"),         QStringLiteral("started_on"),
        QStringLiteral("finished_on"),
    };
    return set;
}

ColumnKind kindOf(const QString& table, const QString& column, const QString& sqlType,
                  const QSet<QString>& uuidColumns) {
    const QString qualified = table + QLatin1Char('.') + column;
    if (moneyColumns().contains(qualified))
        return ColumnKind::Money;
    if (signedMoneyColumns().contains(qualified))
        return ColumnKind::SignedMoney;
    if (sqlType == QLatin1String("BLOB"))
        return ColumnKind::Blob;
    if (sqlType == QLatin1String("INTEGER"))
        return ColumnKind::Integer;
    if (dateColumns().contains(column))
        return ColumnKind::Date;
    if (column == QLatin1String("month") || column == QLatin1String("for_month") ||
        column == QLatin1String("sales_month"))
        return ColumnKind::Month;
    if (column.endsWith(QLatin1String("_at")))
        return ColumnKind::Timestamp;
    if (column == QLatin1String("national_id"))
        return ColumnKind::NationalId;
    if (column == QLatin1String("percent") || column.endsWith(QLatin1String("_percent")) ||
        column == QLatin1String("savings_multiple") ||
        qualified == QLatin1String("allocation_run_members.dividend_basis"))
        return ColumnKind::Decimal;
    if (uuidColumns.contains(qualified) || plainUuidColumns().contains(qualified))
        return ColumnKind::Uuid;
    return ColumnKind::Text;
}

QList<ExchangeReference> readReferences(QSqlDatabase& db, const QString& table) {
    QList<ExchangeReference> references;
    QSqlQuery query =
        sql::run(db, QStringLiteral("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)"),
                 {table});
    while (query.next())
        references.append({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString()});
    return references;
}

}  // namespace

int ExchangeTable::columnIndex(const QString& column) const {
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).name == column)
            return i;
    return -1;
}

QString tombstonesFileName() {
    return QStringLiteral("tombstones.csv");
}

QList<ExchangeTable> describeExchangeTables(QSqlDatabase& db) {
    QList<ExchangeTable> tables;
    QSet<QString> idTables;
    for (const TableSpec& spec : kTables) {
        ExchangeTable table;
        table.name = QString::fromLatin1(spec.name);
        table.key = QString::fromLatin1(spec.key).split(QLatin1Char(','));
        table.changeable = spec.changeable;
        table.scope = QString::fromLatin1(spec.scope);
        table.naturalKey = QString::fromLatin1(spec.naturalKey);
        table.references = readReferences(db, table.name);
        table.renumberedUnique = renumberedUniqueOf(table.name);
        if (table.key == QStringList{QStringLiteral("id")})
            idTables.insert(table.name);
        tables << table;
    }
    // A column holds a UUID when it is the id of a table keyed by id, or
    // refers to one.
    QSet<QString> uuidColumns;
    for (const ExchangeTable& table : tables) {
        if (idTables.contains(table.name))
            uuidColumns.insert(table.name + QStringLiteral(".id"));
        for (const ExchangeReference& reference : table.references)
            if (idTables.contains(reference.parentTable) && reference.parentColumn == QLatin1String("id"))
                uuidColumns.insert(table.name + QLatin1Char('.') + reference.column);
    }
    for (ExchangeTable& table : tables) {
        QSqlQuery query = sql::run(
            db, QStringLiteral("SELECT name, upper(type), \"notnull\", dflt_value FROM pragma_table_info(?) "
                               "ORDER BY cid"),
            {table.name});
        while (query.next()) {
            ExchangeColumn column;
            column.name = query.value(0).toString();
            column.sqlType = query.value(1).toString();
            const bool notNull = query.value(2).toInt() != 0;
            const bool emptyDefault = query.value(3).toString() == QLatin1String("''");
            column.emptyText = notNull && emptyDefault && column.sqlType == QLatin1String("TEXT");
            // A TEXT PRIMARY KEY accepts NULL in SQLite; a key never may.
            column.required = (notNull && !column.emptyText) || table.key.contains(column.name);
            column.kind = kindOf(table.name, column.name, column.sqlType, uuidColumns);
            table.columns << column;
        }
    }
    return tables;
}

}  // namespace thanrak
