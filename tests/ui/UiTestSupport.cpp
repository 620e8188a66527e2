#include "ui/UiTestSupport.h"

#include "demo/DemoDistrict.h"
#include "domain/ReferenceData.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

namespace thanrak::test {

void makeDemoFile(const QString& path, int villages, const QDate& booksFrom) {
    std::unique_ptr<Database> database = Database::create(path);
    installReferenceData(*database);
    DemoOptions options;
    options.villages = villages;
    options.today = QDate::currentDate();
    const QDate month(options.today.year(), options.today.month(), 1);
    options.booksFrom = booksFrom.isValid() ? booksFrom : month.addMonths(-2);
    createDemoDistrict(*database, options);
}

void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void clearText(QWidget* lineEdit) {
    QTest::keyClick(lineEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(lineEdit, Qt::Key_Backspace);
}

void pressDown(QComboBox* combo) {
    QTest::keyClick(combo, Qt::Key_Down);
}

void clickRow(QAbstractItemView* view, int row) {
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

bool waitUntil(const std::function<bool()>& done, int ms) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

void whenDialogOpens(std::function<void(QWidget* dialog)> act) {
    QTimer::singleShot(0, qApp, [act = std::move(act)] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

}  // namespace thanrak::test
