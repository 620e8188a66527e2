#include "shell/FileActions.h"

#include "base/Error.h"
#include "runtime/AppPaths.h"
#include "runtime/RecentFiles.h"
#include "shell/DatabaseSession.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace thanrak::ui {

namespace {
// Opening a big file or making the demo district takes a moment.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};
}  // namespace

FileActions::FileActions(DatabaseSession& session, QWidget* window)
    : QObject(window), session_(session), window_(window) {}

QString FileActions::fileFilter() const {
    return tr("ไฟล์ฐานราก (*.%1)").arg(QLatin1String(kDatabaseSuffix));
}

void FileActions::showFailure(const QString& title, const QString& message) {
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::NoButton, window_);
    box.addButton(tr("ตกลง"), QMessageBox::AcceptRole);
    box.exec();
}

void FileActions::chooseAndOpen() {
    const QString start =
        session_.isOpen() ? QFileInfo(session_.path()).absolutePath() : dataFolder();
    const QString path =
        QFileDialog::getOpenFileName(window_, tr("เปิดไฟล์ฐานราก"), start, fileFilter());
    if (!path.isEmpty())
        openPath(path);
}

void FileActions::chooseAndCreate() {
    QString path = QFileDialog::getSaveFileName(window_, tr("สร้างไฟล์ใหม่"), defaultDatabasePath(),
                                                fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(kDatabaseSuffix);
    try {
        const BusyCursor busy;
        session_.create(path);
    } catch (const Error& error) {
        showFailure(tr("สร้างไฟล์ไม่ได้"), error.message());
    }
}

void FileActions::openPath(const QString& path) {
    try {
        const BusyCursor busy;
        session_.open(path);
    } catch (const Error& error) {
        if (!QFileInfo::exists(path))
            RecentFiles().remove(path);
        showFailure(tr("เปิดไฟล์ไม่ได้"), error.message());
        return;
    }
    const QString backup = session_.database().backupPath();
    if (!backup.isEmpty())
        QMessageBox::information(window_, tr("ปรับรุ่นไฟล์แล้ว"),
                                 tr("ไฟล์นี้มาจากโปรแกรมรุ่นก่อน จึงปรับให้ใช้กับรุ่นนี้แล้ว "
                                    "สำเนาก่อนปรับเก็บไว้ที่\n%1")
                                     .arg(backup));
}

void FileActions::openDemo() {
    try {
        const BusyCursor busy;
        session_.openDemo();
    } catch (const Error& error) {
        showFailure(tr("เปิดข้อมูลตัวอย่างไม่ได้"), error.message());
    }
}

void FileActions::checkFile() {
    if (!session_.isOpen())
        return;
    IntegrityReport report;
    try {
        const BusyCursor busy;
        report = session_.database().check();
    } catch (const Error& error) {
        showFailure(tr("ตรวจสอบไฟล์ไม่ได้"), error.message());
        return;
    }
    if (report.ok) {
        QMessageBox::information(
            window_, tr("ตรวจสอบไฟล์"),
            tr("ไฟล์สมบูรณ์ ไม่พบปัญหา\nโครงสร้างข้อมูลรุ่น %1").arg(report.schemaVersion));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("ตรวจสอบไฟล์"),
                    tr("พบปัญหา %1 รายการ").arg(report.problems.size()), QMessageBox::NoButton,
                    window_);
    box.setDetailedText(report.problems.join(QLatin1Char('\n')));
    box.setInformativeText(report.problems.mid(0, 5).join(QLatin1Char('\n')));
    box.addButton(tr("ตกลง"), QMessageBox::AcceptRole);
    box.exec();
}

}  // namespace thanrak::ui
