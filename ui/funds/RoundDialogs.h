#pragma once

#include "fund/LoanRoundService.h"
#include "widgets/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// เปิดรอบการให้กู้: the pool it lends from, its loan product, the dates of
// applications, the caps and the fees.
class RoundDialog : public RecordDialog {
    Q_OBJECT

public:
    RoundDialog(Database& database, const QString& organisationId, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return title_; }
    const LoanRound& round() const { return round_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    LoanRound collect(FieldProblems& problems) const;

    Database& db_;
    QComboBox* pool_;
    QComboBox* product_;
    QLineEdit* title_;
    ThaiDateEdit* openedOn_;
    ThaiDateEdit* applyBy_;
    QLineEdit* ordinaryCap_;
    QLineEdit* raisedCap_;
    QLineEdit* fee_;
    QLineEdit* riskFund_;
    LoanRound round_;
};

// คำขอกู้ในรอบ: one member's request, within the round's dates and cap.
class RoundApplicationDialog : public RecordDialog {
    Q_OBJECT

public:
    RoundApplicationDialog(Database& database, const LoanRound& round, QWidget* parent = nullptr);

    QComboBox* memberBox() const { return member_; }
    QLineEdit* amountEdit() const { return amount_; }
    ThaiDateEdit* dayEdit() const { return appliedOn_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Database& db_;
    LoanRound round_;
    QComboBox* member_;
    ThaiDateEdit* appliedOn_;
    QLineEdit* amount_;
    QLineEdit* purpose_;
};

// มติคณะกรรมการ on a round application: approve (above the ordinary cap only
// with the special approval ticked and a reason) or refuse.
class RoundDecisionDialog : public RecordDialog {
    Q_OBJECT

public:
    RoundDecisionDialog(Database& database, const LoanRound& round, const RoundLine& line,
                        QWidget* parent = nullptr);

    QComboBox* decisionBox() const { return decision_; }
    QLineEdit* amountEdit() const { return amount_; }
    QCheckBox* specialBox() const { return special_; }
    QLineEdit* noteEdit() const { return note_; }
    ThaiDateEdit* meetingEdit() const { return meeting_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Database& db_;
    LoanRound round_;
    Loan loan_;
    QComboBox* decision_;
    ThaiDateEdit* meeting_;
    QLineEdit* amount_;
    QCheckBox* special_;
    QLineEdit* note_;
};

// จ่ายเงินกู้ในรอบ: the contract is signed, the money leaves the round's pool,
// and the contract fee and risk-fund money are taken on a receipt.
class RoundDisbursementDialog : public RecordDialog {
    Q_OBJECT

public:
    RoundDisbursementDialog(Database& database, const LoanRound& round, const RoundLine& line,
                            QWidget* parent = nullptr);

    ThaiDateEdit* dayEdit() const { return day_; }
    const RoundDisbursement& result() const { return result_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Database& db_;
    Loan loan_;
    ThaiDateEdit* day_;
    RoundDisbursement result_;
};

}  // namespace thanrak::ui
