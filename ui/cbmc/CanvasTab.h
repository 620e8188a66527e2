#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class CanvasEditor;

// แคนวาส: the canvas of one version of the plan, the version chooser,
// สร้างรุ่นใหม่… (a copy of the version shown, to work on from there),
// แก้ไขรุ่น… (its date and note) and ลบรุ่นนี้… (the latest, made by mistake).
class CanvasTab : public QWidget {
    Q_OBJECT

public:
    CanvasTab(Database& database, QWidget* parent = nullptr);

    void showPlan(const QString& planId);
    CanvasEditor* editor() const { return editor_; }
    QComboBox* versionBox() const { return versions_; }
    QString versionId() const;
    void newVersion();
    void editVersion();
    void removeVersion();

signals:
    void changed();

private:
    void fillVersions(const QString& selectId);
    void updateButtons();

    Database& db_;
    QString planId_;
    QComboBox* versions_;
    QPushButton* newVersion_;
    QPushButton* editVersion_;
    QPushButton* removeVersion_;
    CanvasEditor* editor_;
};

}  // namespace thanrak::ui
