#pragma once

#include "exchange/ExchangeProgress.h"

#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

namespace thanrak::ui {

// A progress bar with ยกเลิก for a long export or import, which runs on the
// window's own thread (the file's connection lives there): each report of
// progress repaints the dialog and tells the core whether the user cancelled.
class ExchangeProgressDialog {
public:
    ExchangeProgressDialog(QWidget* parent, const QString& title);
    ~ExchangeProgressDialog();

    ExchangeProgress callback();

private:
    std::unique_ptr<QProgressDialog> dialog_;
};

}  // namespace thanrak::ui
