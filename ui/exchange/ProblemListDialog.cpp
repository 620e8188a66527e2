#include "exchange/ProblemListDialog.h"

#include "widgets/ListTable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace thanrak::ui {

ProblemListDialog::ProblemListDialog(const QString& heading, const QList<Error>& problems, QWidget* parent)
    : QDialog(parent),
      table_(new ListTable({tr("ไฟล์"), tr("แถว"), tr("ช่อง"), tr("ปัญหา")}, {3}, this)) {
    setObjectName(QStringLiteral("problemListDialog"));
    setWindowTitle(tr("พบปัญหาในไฟล์"));
    auto* label = new QLabel(heading + QLatin1Char('\n') +
                                 tr("ไม่ได้บันทึกอะไรลงในไฟล์ข้อมูล กรุณาแก้ไฟล์ตามรายการด้านล่างแล้วลองใหม่"),
                             this);
    label->setWordWrap(true);
    for (const Error& problem : problems)
        table_->addRow({ListCell::of(problem.where().file),
                        problem.where().row > 0 ? ListCell::number(problem.where().row) : ListCell::of(QString()),
                        ListCell::of(problem.where().column), ListCell::of(problem.message())});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

}  // namespace thanrak::ui
