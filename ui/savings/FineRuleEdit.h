#pragma once

#include "savings/FineRule.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace thanrak::ui {

// A late fine as the regulation writes it: none, a fixed amount in baht, or a
// percentage of what is overdue.
class FineRuleEdit : public QWidget {
    Q_OBJECT

public:
    explicit FineRuleEdit(QWidget* parent = nullptr);

    void setRule(const FineRule& rule);
    // The rule typed; false in `ok` when the amount cannot be read.
    FineRule rule(bool* ok) const;

    QComboBox* kindBox() const { return kind_; }
    QLineEdit* amountEdit() const { return amount_; }

signals:
    void edited();

private:
    void kindChanged();

    QComboBox* kind_;
    QLineEdit* amount_;
};

}  // namespace thanrak::ui
