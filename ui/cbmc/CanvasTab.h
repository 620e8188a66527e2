#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class CanvasEditor;

// แคนวาส: the canvas of one version of the plan, the version chooser and
// สร้างรุ่นใหม่… (a copy of the version shown, to work on from there).
class CanvasTab : public QWidget {
    Q_OBJECT

public:
    CanvasTab(Database& database, QWidget* parent = nullptr);

    void showPlan(const QString& planId);
    CanvasEditor* editor() const { return editor_; }
    QComboBox* versionBox() const { return versions_; }
    QString versionId() const;
    void newVersion();

signals:
    void changed();

private:
    void fillVersions(const QString& selectId);

    Database& db_;
    QString planId_;
    QComboBox* versions_;
    QPushButton* newVersion_;
    CanvasEditor* editor_;
};

}  // namespace thanrak::ui
