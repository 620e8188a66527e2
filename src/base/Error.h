#pragma once

#include <QString>

#include <stdexcept>

namespace thanrak {

// Where a problem was found, so a message can say "row 12, column birth date".
// Empty fields mean "not applicable".
struct ErrorLocation {
    QString file;
    int row = 0;     // 1-based; 0 = none
    QString column;  // column or field name as the user sees it
};

// Base of every error the core raises. The message is a complete sentence,
// already translated (Thai by default); `code` is stable for tests and scripts.
class Error : public std::runtime_error {
public:
    Error(QString code, QString message, ErrorLocation where = {});

    const QString& code() const noexcept { return code_; }
    const QString& message() const noexcept { return message_; }
    const ErrorLocation& where() const noexcept { return where_; }

    // The message with its location in front, e.g. "แถวที่ 12 คอลัมน์ วันเกิด: ...".
    QString fullMessage() const;

private:
    QString code_;
    QString message_;
    ErrorLocation where_;
};

}  // namespace thanrak
