#include "ui/UiTestSupport.h"

#include "widgets/NationalIdEdit.h"
#include "widgets/ThaiDateEdit.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace thanrak;
using namespace thanrak::test;

namespace {
QString readBack(const QWidget* edit) {
    const QList<QLabel*> labels = edit->findChildren<QLabel*>();
    return labels.isEmpty() ? QString() : labels.front()->text();
}
}  // namespace

TEST_CASE("a date typed in B.E. is read back in full beside the box", "[ui]") {
    ui::ThaiDateEdit edit;
    edit.show();
    typeText(edit.lineEdit(), QStringLiteral("22/11/2569"));
    CHECK(edit.date() == QDate(2026, 11, 22));
    CHECK_FALSE(edit.hasError());
    CHECK(readBack(&edit) == QStringLiteral("22 พฤศจิกายน 2569"));

    clearText(edit.lineEdit());
    typeText(edit.lineEdit(), QStringLiteral("5 มิ.ย. 2567"));
    CHECK(edit.date() == QDate(2024, 6, 5));
}

TEST_CASE("a date that cannot be read says why, in Thai, and gives no date", "[ui]") {
    ui::ThaiDateEdit edit;
    edit.show();
    typeText(edit.lineEdit(), QStringLiteral("22/11/69"));
    CHECK(edit.hasError());
    CHECK_FALSE(edit.date().isValid());
    CHECK_FALSE(edit.errorMessage().isEmpty());
    CHECK(readBack(&edit) == edit.errorMessage());

    clearText(edit.lineEdit());
    CHECK_FALSE(edit.hasError());
    CHECK(edit.isEmpty());
}

TEST_CASE("a national ID typed with spaces is shown grouped and tidied on leaving", "[ui]") {
    ui::NationalIdEdit edit;
    edit.show();
    typeText(edit.lineEdit(), QStringLiteral("1234567890121"));
    CHECK(readBack(&edit) == QStringLiteral("1-2345-67890-12-1"));
    emit edit.lineEdit()->editingFinished();
    CHECK(edit.lineEdit()->text() == QStringLiteral("1-2345-67890-12-1"));
    CHECK(readBack(&edit).isEmpty());  // the box says it already
}
