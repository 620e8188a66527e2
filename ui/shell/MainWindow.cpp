#include "shell/MainWindow.h"

#include "runtime/RecentFiles.h"
#include "settings/SettingsDialog.h"
#include "shell/AboutDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/FileActions.h"
#include "shell/Modules.h"
#include "shell/StartPage.h"
#include "shell/Workspace.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace thanrak::ui {

MainWindow::MainWindow(DatabaseSession& session, QWidget* parent)
    : QMainWindow(parent),
      session_(session),
      files_(new FileActions(session, this)),
      body_(new QStackedWidget(this)),
      startPage_(new StartPage(body_)),
      pathLabel_(new QLabel(this)),
      versionLabel_(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    body_->addWidget(startPage_);
    setCentralWidget(body_);
    statusBar()->addWidget(pathLabel_, 1);
    statusBar()->addPermanentWidget(versionLabel_);
    buildFileMenu();
    buildOtherMenus();
    connect(startPage_, &StartPage::openRecentRequested, files_, &FileActions::openPath);
    connect(startPage_, &StartPage::openRequested, files_, &FileActions::chooseAndOpen);
    connect(startPage_, &StartPage::createRequested, files_, &FileActions::chooseAndCreate);
    connect(startPage_, &StartPage::demoRequested, files_, &FileActions::openDemo);
    connect(&session_, &DatabaseSession::changed, this, &MainWindow::showSession);
    showSession();
}

void MainWindow::buildFileMenu() {
    QMenu* menu = menuBar()->addMenu(tr("ไฟล์"));
    menu->addAction(tr("สร้างไฟล์ใหม่…"), QKeySequence::New, files_, &FileActions::chooseAndCreate);
    menu->addAction(tr("เปิดไฟล์…"), QKeySequence::Open, files_, &FileActions::chooseAndOpen);
    recentMenu_ = menu->addMenu(tr("ไฟล์ล่าสุด"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    menu->addAction(tr("เปิดข้อมูลตัวอย่าง"), files_, &FileActions::openDemo);
    menu->addSeparator();
    checkAction_ = menu->addAction(tr("ตรวจสอบไฟล์"), files_, &FileActions::checkFile);
    menu->addSeparator();
    menu->addAction(tr("ออกจากโปรแกรม"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::buildOtherMenus() {
    QMenu* settings = menuBar()->addMenu(tr("ตั้งค่า"));
    settings->addAction(tr("ภาษาและขนาดตัวอักษร…"), this, &MainWindow::openSettings);
    QMenu* help = menuBar()->addMenu(tr("ช่วยเหลือ"));
    help->addAction(tr("เกี่ยวกับฐานราก"), this, [this] { showAbout(this); });
}

void MainWindow::fillRecentMenu() {
    recentMenu_->clear();
    const QStringList files = RecentFiles().list();
    for (const QString& path : files) {
        QAction* action = recentMenu_->addAction(QFileInfo(path).fileName(), files_,
                                                 [this, path] { files_->openPath(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty())
        recentMenu_->addAction(tr("(ยังไม่มี)"))->setEnabled(false);
}

void MainWindow::showSession() {
    const int module = currentModule();
    if (workspace_) {
        body_->removeWidget(workspace_);
        workspace_->deleteLater();
        workspace_ = nullptr;
    }
    if (session_.isOpen()) {
        workspace_ = new Workspace(body_);
        addModules(*workspace_, session_.database());
        body_->addWidget(workspace_);
        body_->setCurrentWidget(workspace_);
        workspace_->setCurrentModule(std::max(module, 0));
    } else {
        startPage_->refresh();
        body_->setCurrentWidget(startPage_);
    }
    checkAction_->setEnabled(session_.isOpen());
    updateStatus();
}

void MainWindow::updateStatus() {
    if (!session_.isOpen()) {
        setWindowTitle(tr("ฐานราก"));
        pathLabel_->setText(tr("ยังไม่ได้เปิดไฟล์"));
        versionLabel_->clear();
        return;
    }
    setWindowTitle(tr("ฐานราก — %1").arg(QFileInfo(session_.path()).fileName()));
    pathLabel_->setText(QDir::toNativeSeparators(session_.path()));
    versionLabel_->setText(tr("ข้อมูลรุ่น %1").arg(session_.database().schemaVersion()));
}

int MainWindow::currentModule() const {
    return workspace_ ? workspace_->currentModule() : -1;
}

void MainWindow::setCurrentModule(int index) {
    if (workspace_)
        workspace_->setCurrentModule(index);
}

void MainWindow::openSettings() {
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.changed())
        emit settingsChanged();
}

}  // namespace thanrak::ui
