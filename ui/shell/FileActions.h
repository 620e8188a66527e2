#pragma once

#include <QObject>

class QWidget;

namespace thanrak::ui {

class DatabaseSession;

// What the ไฟล์ menu and the start page do: ask for a file, open or create it
// through the session, and put any failure in front of the user in Thai.
class FileActions : public QObject {
    Q_OBJECT

public:
    FileActions(DatabaseSession& session, QWidget* window);

    void chooseAndOpen();
    void chooseAndCreate();
    void openPath(const QString& path);
    void openDemo();
    void checkFile();

private:
    QString fileFilter() const;
    void showFailure(const QString& title, const QString& message);

    DatabaseSession& session_;
    QWidget* window_;
};

}  // namespace thanrak::ui
