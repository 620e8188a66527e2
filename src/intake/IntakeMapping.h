#pragma once

#include "thai/ThaiDateParse.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace thanrak {

class Database;

// What a column of the user's spreadsheet can hold.
enum class IntakeField {
    Title,           // คำนำหน้า
    FirstName,       // ชื่อ
    LastName,        // นามสกุล
    FullName,        // ชื่อ-สกุล in one cell, title included or not
    NationalId,      // เลขประจำตัวประชาชน
    BirthDate,       // วันเกิด
    HouseNo,         // บ้านเลขที่
    Phone,           // โทรศัพท์
    MemberNo,        // เลขที่สมาชิก
    JoinedOn,        // วันที่เข้าเป็นสมาชิก
    Shares,          // จำนวนหุ้น
    OpeningSavings,  // เงินสัจจะยกมา
};

QList<IntakeField> allIntakeFields();
QString intakeFieldTitle(IntakeField field);  // Thai, for the mapping page
QString intakeFieldKey(IntakeField field);    // stable, for saved mappings: "first_name"

// Which column (0-based index into the header) feeds each field, the era the
// file writes its years in, and the day opening balances are brought forward.
struct IntakeMapping {
    QMap<IntakeField, int> columns;
    Era era = Era::BuddhistEra;
    QDate openingDate;
    // Column names a saved mapping asks for that this file does not have.
    QStringList missingColumns;

    int column(IntakeField field) const { return columns.value(field, -1); }
};

// A first guess from the column names ("ชื่อ", "นามสกุล", "เลขบัตรประชาชน", ...).
IntakeMapping guessMapping(const QStringList& header);

// The mapping kept per organisation by column name, so next month's file
// with the same names (in any order) maps itself. Saved in the file's
// settings; also written to and read from a JSON file for the CLI.
QByteArray mappingToJson(const IntakeMapping& mapping, const QStringList& header);
// Fields whose column name is not in `header` are left out. Throws Error for
// text that is not such a JSON object.
IntakeMapping mappingFromJson(const QByteArray& json, const QStringList& header);
void rememberMapping(Database& database, const QString& organisationId, const IntakeMapping& mapping,
                     const QStringList& header);
// The remembered mapping applied to `header`, or the guess when none is kept.
IntakeMapping recalledMapping(Database& database, const QString& organisationId, const QStringList& header);

}  // namespace thanrak
