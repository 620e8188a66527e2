#include "storage/Sql.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace thanrak::sql {

namespace {
QString defaultDoing() {
    return QCoreApplication::translate("Storage", "การอ่านหรือบันทึกข้อมูล");
}
}  // namespace

QSqlQuery run(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> bindings,
              const QString& doing) {
    return runList(db, statement, QVariantList(bindings), doing);
}

QSqlQuery runList(QSqlDatabase& db, const QString& statement, const QVariantList& bindings,
                  const QString& doing) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw StorageError::fromSql(query.lastError(), doing.isEmpty() ? defaultDoing() : doing);
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        throw StorageError::fromSql(query.lastError(), doing.isEmpty() ? defaultDoing() : doing);
    return query;
}

QVariant scalar(QSqlDatabase& db, const QString& statement,
                std::initializer_list<QVariant> bindings) {
    QSqlQuery query = run(db, statement, bindings);
    return query.next() ? query.value(0) : QVariant();
}

void runScript(QSqlDatabase& db, const QString& script, const QString& doing) {
    const QStringList statements = script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
    for (const QString& statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement))
            throw StorageError::fromSql(query.lastError(), doing);
    }
}

QVariant nullIfEmpty(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString trimmedText(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

}  // namespace thanrak::sql
