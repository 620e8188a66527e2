#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;
class QVBoxLayout;

namespace thanrak::ui {

class ModulePage;

// The main window's body while a file is open: the navigation list of modules
// on the left and the chosen module's page on the right. Ctrl+1, Ctrl+2, ...
// jump to a module.
class Workspace : public QWidget {
    Q_OBJECT

public:
    explicit Workspace(QWidget* parent = nullptr);

    void addModule(ModulePage* page);
    int moduleCount() const;
    int currentModule() const;
    void setCurrentModule(int index);
    ModulePage* module(int index) const;
    QListWidget* navigation() const { return navigation_; }
    // A notice above every page (certificates running out), owned by the
    // workspace; it shows and hides itself.
    void addNotice(QWidget* notice);

private:
    void show(int index);

    QListWidget* navigation_;
    QVBoxLayout* right_;
    QStackedWidget* pages_;
};

}  // namespace thanrak::ui
