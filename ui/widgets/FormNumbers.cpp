#include "widgets/FormNumbers.h"

#include "base/Error.h"
#include "money/MoneyFormat.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace thanrak::ui {

namespace {
template <typename Parse>
auto readWith(Parse parse, const QLineEdit* edit, const QString& field, FieldProblems& problems)
    -> std::optional<decltype(parse(QString()))> {
    try {
        return parse(edit->text());
    } catch (const Error& error) {
        problems.append({field, error.message()});
        return std::nullopt;
    }
}
}  // namespace

std::optional<Money> readMoney(const QLineEdit* edit, const QString& field,
                               FieldProblems& problems) {
    return readWith([](const QString& t) { return parseMoney(t); }, edit, field, problems);
}

std::optional<Ratio> readDecimal(const QLineEdit* edit, const QString& field,
                                 FieldProblems& problems) {
    return readWith([](const QString& t) { return parseDecimal(t); }, edit, field, problems);
}

std::optional<int> readInteger(const QLineEdit* edit, const QString& field,
                               FieldProblems& problems) {
    bool ok = false;
    const int value = edit->text().trimmed().toInt(&ok);
    if (ok)
        return value;
    problems.append({field, QCoreApplication::translate("FormNumbers", "พิมพ์เป็นตัวเลขจำนวนเต็ม")});
    return std::nullopt;
}

}  // namespace thanrak::ui
