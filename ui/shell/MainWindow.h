#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;

namespace thanrak::ui {

class DatabaseSession;
class FileActions;
class StartPage;
class Workspace;

// The program's window: menus, the start page while no file is open, the
// workspace of modules while one is, and the file's path and version in the
// status bar. It holds no data itself; the session does.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(DatabaseSession& session, QWidget* parent = nullptr);

    Workspace* workspace() const { return workspace_; }  // null while no file is open
    StartPage* startPage() const { return startPage_; }
    FileActions* fileActions() const { return files_; }

    int currentModule() const;
    void setCurrentModule(int index);

signals:
    // The user saved new settings; the window is about to be rebuilt.
    void settingsChanged();

private:
    void buildFileMenu();
    void buildOtherMenus();
    void fillRecentMenu();
    void showSession();
    void updateStatus();
    void openSettings();

    DatabaseSession& session_;
    FileActions* files_;
    QStackedWidget* body_;
    StartPage* startPage_;
    Workspace* workspace_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* checkAction_ = nullptr;
    QLabel* pathLabel_;
    QLabel* versionLabel_;
};

}  // namespace thanrak::ui
