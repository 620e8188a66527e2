#pragma once

#include "fund/CapitalPool.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// เปิดแหล่งเงินทุน: a new capital pool with its bank account; an outside loan
// also names its lender and terms.
class PoolDialog : public RecordDialog {
    Q_OBJECT

public:
    PoolDialog(Database& database, const QString& organisationId, QWidget* parent = nullptr);

    QComboBox* kindBox() const { return kind_; }
    QLineEdit* nameEdit() const { return name_; }
    const CapitalPool& pool() const { return pool_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    CapitalPool collect(FieldProblems* problems) const;
    void kindChanged();

    Database& db_;
    QComboBox* kind_;
    QLineEdit* name_;
    QLineEdit* bank_;
    QLineEdit* accountNo_;
    ThaiDateEdit* openedOn_;
    QLineEdit* lender_;
    QLineEdit* rate_;
    QLineEdit* months_;
    QLineEdit* notes_;
    CapitalPool pool_;
};

// Money in or out of one pool: capital received, cash deposited or taken
// out, or a payment to the outside lender (principal and interest).
class PoolMoneyDialog : public RecordDialog {
    Q_OBJECT

public:
    PoolMoneyDialog(Database& database, const CapitalPool& pool, PoolMovementKind kind,
                    QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return amount_; }
    QLineEdit* sourceEdit() const { return source_; }
    ThaiDateEdit* dayEdit() const { return day_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Database& db_;
    CapitalPool pool_;
    PoolMovementKind kind_;
    ThaiDateEdit* day_;
    QLineEdit* amount_;
    QLineEdit* interest_;
    QLineEdit* source_;
};

}  // namespace thanrak::ui
