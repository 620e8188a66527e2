#include "exchange/BundleStage.h"

#include "exchange/CellCodec.h"
#include "exchange/CsvStream.h"
#include "exchange/ExchangeError.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

constexpr qint64 kMaxManifestBytes = 16 << 20;

class Problems {
public:
    void add(const QString& code, const QString& message, const ErrorLocation& where) {
        list_ << Error(code, message, where);
        if (list_.size() >= kMaxListedProblems)
            raise();
    }
    void add(const Error& error) {
        list_ << error;
        if (list_.size() >= kMaxListedProblems)
            raise();
    }
    void raiseIfAny() const {
        if (!list_.isEmpty())
            raise();
    }
    [[noreturn]] void raise() const { throw ExchangeError(QStringLiteral("bundle.invalid"), list_); }

private:
    QList<Error> list_;
};

QString damaged(const QString& zipName) {
    return Text::tr("ไฟล์ %1 ไม่ใช่ชุดข้อมูล zip ที่สมบูรณ์ อาจคัดลอกมาไม่ครบหรือไฟล์เสีย "
                    "กรุณาคัดลอกหรือส่งไฟล์มาใหม่")
        .arg(zipName);
}

void createStageTable(QSqlDatabase& db, const ExchangeTable& table) {
    QStringList columns{QStringLiteral("_row INTEGER NOT NULL")};
    for (const ExchangeColumn& column : table.columns)
        columns << (column.name + QLatin1Char(' ') + column.sqlType).trimmed();
    columns << QStringLiteral("_action TEXT");
    sql::run(db, QStringLiteral("CREATE TABLE stage.%1 (%2)").arg(table.name, columns.join(QStringLiteral(", "))));
}

struct FileReader {
    QuaZip& zip;
    QSqlDatabase& db;
    Problems& problems;
    const ExchangeProgress& progress;
    qint64 bytesBefore = 0;
    qint64 bytesTotal = 0;

    void read(const BundleFile& file, const ExchangeTable& table) {
        const ErrorLocation whole{file.name, 0, {}};
        if (!zip.setCurrentFile(file.name)) {
            problems.add(QStringLiteral("bundle.missing_file"),
                         Text::tr("ใบกำกับระบุไฟล์นี้ แต่ไม่มีในชุดข้อมูล"), whole);
            return;
        }
        QuaZipFile in(&zip);
        if (!in.open(QIODevice::ReadOnly)) {
            problems.add(QStringLiteral("bundle.zip"), damaged(QFileInfo(zip.getZipName()).fileName()),
                         whole);
            return;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        CsvStreamReader reader(in, file.name, &hash);
        qint64 rows = 0;
        try {
            rows = readRows(reader, file, table);
        } catch (const ExchangeError& error) {
            if (error.code() != QLatin1String("csv.quote"))
                throw;
            problems.add(error);
            return;
        }
        in.close();
        if (in.getZipError() != UNZ_OK) {
            problems.add(QStringLiteral("bundle.zip"),
                         Text::tr("ข้อมูลในไฟล์นี้เสียหาย (ผลตรวจ CRC ของ zip ไม่ตรง)"), whole);
            return;
        }
        if (QString::fromLatin1(hash.result().toHex()) != file.sha256)
            problems.add(QStringLiteral("bundle.checksum"),
                         Text::tr("ผลตรวจ SHA-256 ไม่ตรงกับใบกำกับ ไฟล์ถูกแก้ไขหรือเสียหายหลังส่งออก"), whole);
        else if (rows != file.rows)
            problems.add(QStringLiteral("bundle.rows"),
                         Text::tr("มีข้อมูล %1 แถว แต่ใบกำกับระบุ %2 แถว").arg(rows).arg(file.rows), whole);
    }

    // Checks the header and stages every clean row; returns the data rows read.
    qint64 readRows(CsvStreamReader& reader, const BundleFile& file, const ExchangeTable& table) {
        QList<CsvField> record;
        if (!reader.next(record)) {
            problems.add(QStringLiteral("bundle.empty_file"), Text::tr("ไฟล์ว่าง ไม่มีแม้แต่หัวตาราง"),
                         {file.name, 0, {}});
            return 0;
        }
        QStringList header;
        for (const CsvField& field : record)
            header << QString::fromUtf8(field.bytes);
        reader.setColumnNames(header);
        QList<int> targets;
        QSet<QString> seen;
        bool headerOk = true;
        for (int i = 0; i < header.size(); ++i) {
            const int index = table.columnIndex(header.at(i));
            if (index < 0 || seen.contains(header.at(i))) {
                problems.add(QStringLiteral("bundle.column"),
                             index < 0 ? Text::tr("ไม่รู้จักคอลัมน์ \"%1\" ในตาราง %2").arg(header.at(i), table.name)
                                       : Text::tr("คอลัมน์ \"%1\" ซ้ำ").arg(header.at(i)),
                             {file.name, 1, header.at(i)});
                headerOk = false;
            }
            seen.insert(header.at(i));
            targets << index;
        }
        for (const ExchangeColumn& column : table.columns)
            if ((column.required || table.key.contains(column.name)) && !seen.contains(column.name)) {
                problems.add(QStringLiteral("bundle.column"),
                             Text::tr("ไม่มีคอลัมน์ \"%1\" ซึ่งต้องมี").arg(column.name), {file.name, 1, {}});
                headerOk = false;
            }
        if (headerOk && header != file.columns)
            problems.add(QStringLiteral("bundle.column"), Text::tr("หัวตารางไม่ตรงกับที่ใบกำกับระบุ"),
                         {file.name, 1, {}});
        if (!headerOk)
            return 0;

        QStringList placeholders(header.size() + 1, QStringLiteral("?"));
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral("INSERT INTO stage.%1 (_row, %2) VALUES (%3)")
                                .arg(table.name, header.join(QStringLiteral(", ")),
                                     placeholders.join(QStringLiteral(", ")))))
            throw ExchangeError(QStringLiteral("exchange.stage"), insert.lastError().text());
        qint64 rows = 0;
        QVariantList values(header.size());
        while (reader.next(record)) {
            ++rows;
            if ((rows & 0x1fff) == 0)
                reportProgress(progress, ExchangeDirection::Import, Text::tr("กำลังอ่าน %1").arg(file.name),
                               bytesBefore + reader.bytesRead(), bytesTotal);
            const int row = static_cast<int>(reader.row());
            if (record.size() != header.size()) {
                problems.add(QStringLiteral("bundle.field_count"),
                             Text::tr("แถวนี้มี %1 ช่อง แต่หัวตารางมี %2 ช่อง")
                                 .arg(record.size())
                                 .arg(header.size()),
                             {file.name, row, {}});
                continue;
            }
            bool clean = true;
            for (int i = 0; i < header.size(); ++i) {
                DecodedCell cell = decodeCell(record.at(i), table.columns.at(targets.at(i)));
                if (!cell.problem.isEmpty()) {
                    problems.add(QStringLiteral("bundle.cell"), cell.problem, {file.name, row, header.at(i)});
                    clean = false;
                }
                values[i] = std::move(cell.value);
            }
            if (!clean)
                continue;
            insert.bindValue(0, row);
            for (int i = 0; i < header.size(); ++i)
                insert.bindValue(i + 1, values.at(i));
            if (!insert.exec())
                throw ExchangeError(QStringLiteral("exchange.stage"),
                                    Text::tr("เขียนพื้นที่พักข้อมูลชั่วคราวไม่ได้ (ดิสก์อาจเต็ม): %1")
                                        .arg(insert.lastError().text()));
        }
        bytesBefore += reader.bytesRead();
        return rows;
    }
};
}  // namespace

ExchangeTable tombstonesTable() {
    ExchangeTable table;
    table.name = QStringLiteral("tombstones");
    table.key = QStringList{QStringLiteral("table_name"), QStringLiteral("row_key")};
    table.columns = {{QStringLiteral("table_name"), ColumnKind::Text, QStringLiteral("TEXT"), true, false},
                     {QStringLiteral("row_key"), ColumnKind::Text, QStringLiteral("TEXT"), true, false},
                     {QStringLiteral("deleted_at"), ColumnKind::Timestamp, QStringLiteral("TEXT"), true,
                      false}};
    return table;
}

BundleStage::BundleStage(QSqlDatabase& db) : db_(db) {
    if (!dir_.isValid())
        throw ExchangeError(QStringLiteral("exchange.stage"),
                            Text::tr("สร้างโฟลเดอร์ชั่วคราวสำหรับตรวจชุดข้อมูลไม่ได้"));
    sql::run(db_, QStringLiteral("ATTACH DATABASE ? AS stage"), {dir_.filePath(QStringLiteral("stage.db"))});
    attached_ = true;
    try {
        sql::run(db_, QStringLiteral("PRAGMA stage.journal_mode = OFF"));
        sql::run(db_, QStringLiteral("PRAGMA stage.synchronous = OFF"));
    } catch (...) {
        QSqlQuery(db_).exec(QStringLiteral("DETACH DATABASE stage"));
        throw;
    }
}

BundleStage::~BundleStage() {
    if (attached_) {
        QSqlQuery query(db_);
        query.exec(QStringLiteral("DETACH DATABASE stage"));
    }
}

void BundleStage::load(const QString& zipPath, int latestSchema, const ExchangeProgress& progress) {
    const QString zipName = QFileInfo(zipPath).fileName();
    if (!QFileInfo::exists(zipPath))
        throw ExchangeError(QStringLiteral("bundle.missing"), Text::tr("ไม่พบไฟล์ %1").arg(zipName));
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        throw ExchangeError(QStringLiteral("bundle.zip"), damaged(zipName), {zipName, 0, {}});
    if (!zip.setCurrentFile(QString::fromLatin1(kManifestName)))
        throw ExchangeError(QStringLiteral("bundle.not_thanrak"),
                            Text::tr("ไฟล์ %1 ไม่มีใบกำกับ (manifest.json) จึงไม่ใช่ชุดข้อมูลของฐานราก")
                                .arg(zipName));
    {
        QuaZipFile in(&zip);
        if (!in.open(QIODevice::ReadOnly))
            throw ExchangeError(QStringLiteral("bundle.zip"), damaged(zipName), {zipName, 0, {}});
        const QByteArray json = in.read(kMaxManifestBytes);
        in.close();
        if (in.getZipError() != UNZ_OK)
            throw ExchangeError(QStringLiteral("bundle.zip"), damaged(zipName), {zipName, 0, {}});
        manifest_ = manifestFromJson(json, latestSchema);
    }
    tables_ = describeExchangeTables(db_);
    const ExchangeTable tombstones = tombstonesTable();
    for (const ExchangeTable& table : tables_)
        createStageTable(db_, table);
    createStageTable(db_, tombstones);

    Problems problems;
    QSet<QString> listed;
    qint64 totalBytes = 0;
    for (const BundleFile& file : manifest_.files) {
        listed.insert(file.name);
        totalBytes += file.bytes;
    }
    for (const QString& name : zip.getFileNameList())
        if (name != QLatin1String(kManifestName) && !listed.contains(name))
            problems.add(QStringLiteral("bundle.extra_file"),
                         Text::tr("มีไฟล์นี้ในชุดข้อมูล แต่ใบกำกับไม่ได้ระบุไว้"), {name, 0, {}});

    sql::run(db_, QStringLiteral("BEGIN"));
    try {
        FileReader reader{zip, db_, problems, progress, 0, totalBytes};
        for (const BundleFile& file : manifest_.files) {
            const ExchangeTable* table = nullptr;
            if (file.name == tombstonesFileName())
                table = &tombstones;
            for (const ExchangeTable& candidate : tables_)
                if (candidate.fileName() == file.name)
                    table = &candidate;
            if (!table) {
                problems.add(QStringLiteral("bundle.unknown_file"),
                             Text::tr("ไม่รู้จักไฟล์นี้ ชุดข้อมูลอาจมาจากโปรแกรมรุ่นอื่น"), {file.name, 0, {}});
                continue;
            }
            reader.read(file, *table);
        }
        problems.raiseIfAny();
        sql::run(db_, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery rollback(db_);
        rollback.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    zip.close();
}

}  // namespace thanrak
