#include "exchange/ExchangeProgressDialog.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <algorithm>

namespace thanrak::ui {

ExchangeProgressDialog::ExchangeProgressDialog(QWidget* parent, const QString& title)
    : dialog_(std::make_unique<QProgressDialog>(parent)) {
    dialog_->setWindowTitle(title);
    dialog_->setWindowModality(Qt::WindowModal);
    dialog_->setCancelButtonText(QCoreApplication::translate("ExchangePage", "ยกเลิก"));
    dialog_->setMinimumDuration(400);
    dialog_->setRange(0, 1000);
    dialog_->setAutoClose(false);
    dialog_->setAutoReset(false);
    dialog_->setMinimumWidth(420);
}

ExchangeProgressDialog::~ExchangeProgressDialog() = default;

ExchangeProgress ExchangeProgressDialog::callback() {
    QProgressDialog* dialog = dialog_.get();
    return [dialog](const QString& step, qint64 done, qint64 total) {
        dialog->setLabelText(step);
        dialog->setValue(total > 0 ? static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 999)) : 0);
        QCoreApplication::processEvents();
        return !dialog->wasCanceled();
    };
}

}  // namespace thanrak::ui
