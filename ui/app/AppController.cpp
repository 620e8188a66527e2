#include "app/AppController.h"

#include "app/AppLook.h"
#include "base/Error.h"
#include "runtime/AppSettings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QScreen>

namespace thanrak::ui {

AppController::AppController() {
    translations_.apply(uiLanguage());
    applyLook(*qApp, uiFontPointSize());
}

AppController::~AppController() {
    delete window_;
}

MainWindow* AppController::window() const {
    return window_;
}

void AppController::start(const QString& path) {
    QString openError;
    if (!path.isEmpty()) {
        try {
            session_.open(path);
        } catch (const Error& error) {
            openError = error.message();
        }
    }
    showWindow({}, 0);
    if (!openError.isEmpty())
        QMessageBox::critical(window_, tr("เปิดไฟล์ไม่ได้"), openError);
}

void AppController::applySettings() {
    QByteArray geometry;
    int module = 0;
    if (window_) {
        geometry = window_->saveGeometry();
        module = window_->currentModule();
        // The settings dialog that asked for this is still on the old window's
        // stack; let it return before the window goes.
        window_->hide();
        window_->deleteLater();
    }
    translations_.apply(uiLanguage());
    applyLook(*qApp, uiFontPointSize());
    showWindow(geometry, module);
}

void AppController::showWindow(const QByteArray& geometry, int module) {
    window_ = new MainWindow(session_);
    connect(window_, &MainWindow::settingsChanged, this, &AppController::applySettings,
            Qt::QueuedConnection);
    window_->setCurrentModule(module);
    // Office PCs are often 1366×768: the first window fills the screen.
    if (geometry.isEmpty() || !window_->restoreGeometry(geometry)) {
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            window_->setGeometry(screen->availableGeometry());
        window_->showMaximized();
    } else {
        window_->show();
    }
}

}  // namespace thanrak::ui
