#pragma once

#include "app/Translations.h"
#include "shell/DatabaseSession.h"

#include <QObject>
#include <QPointer>

namespace thanrak::ui {

class MainWindow;

// Owns what outlives a main window: the open file and the translators. When
// the user changes language or font size the window is built again, in the
// new language, on the same open file.
class AppController : public QObject {
    Q_OBJECT

public:
    AppController();
    ~AppController() override;

    // Shows the main window, opening `path` first when one is given.
    void start(const QString& path);

    MainWindow* window() const;
    DatabaseSession& session() { return session_; }

    // Re-reads the language and font size and rebuilds the window.
    void applySettings();

private:
    void showWindow(const QByteArray& geometry, int module);

    Translations translations_;
    DatabaseSession session_;
    QPointer<MainWindow> window_;
};

}  // namespace thanrak::ui
