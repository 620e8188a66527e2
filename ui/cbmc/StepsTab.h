#pragma once

#include <QWidget>

class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;

// ขั้นตอน: the four steps of making the plan, and the files kept as their
// evidence (minutes, photos, the drawn canvas).
class StepsTab : public QWidget {
    Q_OBJECT

public:
    StepsTab(Database& database, QWidget* parent = nullptr);

    void showPlan(const QString& planId);
    ListTable* steps() const { return steps_; }
    ListTable* files() const { return files_; }

signals:
    void changed();

private:
    void fill();
    void editStep();
    void addFile();
    void saveFile();
    void removeFile();

    Database& db_;
    QString planId_;
    ListTable* steps_;
    ListTable* files_;
    QPushButton* editStep_;
    QPushButton* addFile_;
    QPushButton* saveFile_;
    QPushButton* removeFile_;
};

}  // namespace thanrak::ui
