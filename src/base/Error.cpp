#include "base/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace thanrak {

Error::Error(QString code, QString message, ErrorLocation where)
    : std::runtime_error(message.toStdString()),
      code_(std::move(code)),
      message_(std::move(message)),
      where_(std::move(where)) {}

QString Error::fullMessage() const {
    QStringList parts;
    if (!where_.file.isEmpty())
        parts << QCoreApplication::translate("Error", "ไฟล์ %1").arg(where_.file);
    if (where_.row > 0)
        parts << QCoreApplication::translate("Error", "แถวที่ %1").arg(where_.row);
    if (!where_.column.isEmpty())
        parts << QCoreApplication::translate("Error", "ช่อง %1").arg(where_.column);
    if (parts.isEmpty())
        return message_;
    return parts.join(QLatin1Char(' ')) + QStringLiteral(": ") + message_;
}

}  // namespace thanrak
