#include "shell/AboutDialog.h"

#include "base/Version.h"
#include "runtime/AppPaths.h"
#include "runtime/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>

namespace thanrak::ui {

void showAbout(QWidget* parent) {
    QMessageBox box(parent);
    box.setWindowTitle(QCoreApplication::translate("AboutDialog", "เกี่ยวกับฐานราก"));
    box.setIcon(QMessageBox::Information);
    box.setTextFormat(Qt::PlainText);
    box.setText(QCoreApplication::translate("AboutDialog", "ฐานราก รุ่น %1")
                    .arg(programVersion()));
    box.setInformativeText(
        QCoreApplication::translate("AboutDialog",
                                    "โปรแกรมข้อมูลกลุ่มออมทรัพย์ กองทุนหมู่บ้าน และองค์กรชุมชน\n\n"
                                    "โฟลเดอร์ข้อมูล:\n%1\n\nบันทึกการทำงาน (log):\n%2")
            .arg(QDir::toNativeSeparators(dataFolder()), QDir::toNativeSeparators(logFilePath())));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.addButton(QCoreApplication::translate("AboutDialog", "ปิด"), QMessageBox::AcceptRole);
    box.exec();
}

}  // namespace thanrak::ui
