#pragma once

// Lets Catch2 print Qt values in failure messages instead of "{?}".

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Catch {

template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) {
        return '{' + l.join(QStringLiteral(", ")).toStdString() + '}';
    }
};

template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate& d) {
        return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(invalid)");
    }
};

template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& b) { return b.toHex(' ').toStdString(); }
};

}  // namespace Catch
