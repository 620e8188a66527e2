#pragma once

#include <QDate>
#include <QString>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QComboBox;

namespace thanrak::test {

// A demo district file of `villages` villages (two organisations each, with
// members and committees), made through the core. Savings groups keep books
// from `booksFrom`; by default only the last three months, to keep tests quick.
void makeDemoFile(const QString& path, int villages = 3, const QDate& booksFrom = {});

// Types `text` into `widget` one key at a time, Thai included (QTest::keyClicks
// only sends Latin-1).
void typeText(QWidget* widget, const QString& text);
void clearText(QWidget* lineEdit);

// Chooses the item after the current one with the keyboard, as a user would.
void pressDown(QComboBox* combo);

// Clicks the middle of a row of the view.
void clickRow(QAbstractItemView* view, int row);

// Runs the event loop until `done` holds or `ms` pass.
bool waitUntil(const std::function<bool()>& done, int ms = 3000);

// The child of `root` called `name`, or null.
template <typename T>
T* named(QObject* root, const char* name) {
    return root->findChild<T*>(QString::fromLatin1(name));
}

// Runs `act` once the next modal dialog is open (e.g. right after a click that
// calls exec()); closes the dialog if `act` left it open, so a failing test
// cannot hang.
void whenDialogOpens(std::function<void(QWidget* dialog)> act);

}  // namespace thanrak::test
