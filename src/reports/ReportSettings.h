#pragma once

#include <QByteArray>
#include <QString>

namespace thanrak {

class Database;

// How one organisation's papers are headed and signed (report_settings).
struct ReportSettings {
    QString organisationId;
    QByteArray logoPng;  // scaled PNG, printed at the top left of a first page; empty: none
    QString preparer;  // เหรัญญิก (ผู้จัดทำ); empty: from the committee terms
    QString chair;    // ประธานกรรมการ
    QString auditor;  // ผู้ตรวจสอบ
};

// A logo from an image file (PNG, JPEG, ...), scaled to fit 400 × 400 pixels
// and stored as PNG. Throws thanrak::Error ("report.logo") naming the file
// when it is not a picture.
QByteArray logoFromFile(const QString& path);

class ReportSettingsRepository {
public:
    explicit ReportSettingsRepository(Database& database) : db_(database) {}

    // The organisation's settings; all empty when it has none yet.
    ReportSettings of(const QString& organisationId);
    void save(const ReportSettings& settings);

private:
    Database& db_;
};

}  // namespace thanrak
