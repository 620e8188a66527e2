#pragma once

#include "domain/Validation.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace thanrak::ui {

class FieldForm;
class FieldMessage;
class NationalIdEdit;
class PlaceFilterBar;
class ThaiDateEdit;

// The frame shared by the edit forms: rows with room for messages, and
// บันทึก / ยกเลิก. On every change the subclass's problems() (the repository's
// check() plus anything the boxes themselves cannot read) is asked again;
// บันทึก stays off while there are any. A message shows once its field has
// been touched, so a new, empty form does not open covered in red.
// Enter saves, Esc cancels.
class RecordDialog : public QDialog {
    Q_OBJECT

public:
    QPushButton* saveButton() const { return save_; }

protected:
    RecordDialog(const QString& title, QWidget* parent);

    FieldForm* form() const { return form_; }
    QVBoxLayout* body() const { return body_; }

    // Re-check when the user edits `editor`, and from then on show its problems.
    void watch(QLineEdit* editor, const QString& field);
    void watch(QComboBox* editor, const QString& field);
    void watch(ThaiDateEdit* editor, const QString& field);
    void watch(NationalIdEdit* editor, const QString& field);
    void watch(PlaceFilterBar* editor, const QString& field);

    // Tab goes through `editors` in this order, then บันทึก and ยกเลิก; the
    // first editor has the focus when the form opens.
    void setTabChain(const QList<QWidget*>& editors);
    // Keeps the form within the screen (1366×768 in many offices).
    void fitToScreen(int wantedWidth);

    void fieldEdited(const QString& field);
    // For a record that already exists: every problem shows from the start.
    void showAllProblems();
    void revalidate();

    virtual FieldProblems problems() = 0;
    // Writes through the repository; may throw ValidationError or StorageError.
    virtual void saveRecord() = 0;

    // A problem for a date box that cannot be read: it blocks saving, and the
    // box itself already says why.
    static void addUnreadable(FieldProblems& problems, const ThaiDateEdit* edit,
                              const QString& field);

    void accept() override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showOutcome(const FieldProblems& problems);
    void growToFit();

    FieldForm* form_;
    QVBoxLayout* body_;
    FieldMessage* general_;
    QPushButton* save_;
    QPushButton* cancel_;
    QSet<QString> touched_;
    bool showAll_ = false;
};

}  // namespace thanrak::ui
