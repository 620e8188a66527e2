#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace thanrak::ui {

// ตั้งค่า: the language of the interface and the size of its letters. Saved
// at once; the window is rebuilt by whoever opened the dialog.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // After exec(): whether anything was changed and saved.
    bool changed() const { return changed_; }

    void accept() override;

private:
    void showSample();

    QComboBox* language_;
    QSpinBox* fontSize_;
    QLabel* sample_;
    bool changed_ = false;
};

}  // namespace thanrak::ui
