#pragma once

#include "cbmc/CanvasRepository.h"
#include "cbmc/PlanRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/OtopFixture.h"

#include <QSqlRecord>
#include <QStringList>

#include <optional>

namespace thanrak::test {

// The OTOP fixture's banana group (กลุ่มแม่บ้านแปรรูปกล้วยหนองบัว) with a plan
// "แผนธุรกิจกล้วยตากหนองบัว" whose version 1 is dated 15 January 2026.
struct PlanFixture : OtopFixture {
    BusinessPlan plan;
    PlanVersion v1;

    PlanFixture() {
        plan.organisationId = producer.organisationId;
        plan.title = QStringLiteral("แผนธุรกิจกล้วยตากหนองบัว");
        v1 = PlanRepository(db()).create(plan, QDate(2026, 1, 15));
    }

    CanvasItem card(CanvasBlock block, const QString& text, std::optional<Money> amount = {},
                    const QString& versionId = {}) {
        CanvasItem item;
        item.versionId = versionId.isEmpty() ? v1.id : versionId;
        item.block = block;
        item.text = text;
        item.amount = amount;
        CanvasRepository(db()).add(item);
        return item;
    }

    // Every row of the plan tables and the tombstones, as text: equal before
    // and after a refused save when nothing was written.
    QString snapshot() {
        QString dump;
        for (const char* table :
             {"business_plans", "business_plan_products", "business_plan_versions",
              "business_plan_items", "business_plan_links", "business_plan_ksnb",
              "business_plan_steps", "business_plan_attachments", "tombstones"}) {
            QSqlQuery q = sql::run(
                db().connection(),
                QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
            dump += QLatin1String(table) + QLatin1Char('\n');
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << (q.value(i).typeId() == QMetaType::QByteArray
                                   ? QString::number(q.value(i).toByteArray().size())
                                   : q.value(i).toString());
                dump += values.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
        return dump;
    }
};

inline QStringList fieldsOf(const ValidationError& e) {
    QStringList fields;
    for (const FieldProblem& p : e.problems()) fields << p.field;
    return fields;
}

inline QString messageOf(const ValidationError& e, const QString& field) {
    for (const FieldProblem& p : e.problems())
        if (p.field == field)
            return p.message;
    return {};
}

// The positions of a block's cards, in order, and their texts.
inline QList<int> positions(const QList<CanvasItem>& items, CanvasBlock block) {
    QList<int> result;
    for (const CanvasItem& item : items)
        if (item.block == block)
            result << item.position;
    return result;
}

inline QStringList texts(const QList<CanvasItem>& items, CanvasBlock block) {
    QStringList result;
    for (const CanvasItem& item : items)
        if (item.block == block)
            result << item.text;
    return result;
}

}  // namespace thanrak::test
