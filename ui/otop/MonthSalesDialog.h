#pragma once

#include "otop/OtopRecords.h"
#include "widgets/RecordDialog.h"

class QComboBox;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// One product's sales of one month, a row per channel: how many and for how
// much. Opening on a month that has sales shows them for correction; an
// emptied row removes that channel's month.
class MonthSalesDialog : public RecordDialog {
    Q_OBJECT

public:
    MonthSalesDialog(Database& database, const OtopProduct& product, const QDate& month,
                     QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    QDate month() const;
    void loadMonth();
    QList<MonthlySales> collect(FieldProblems& problems) const;

    Database& db_;
    OtopProduct product_;
    QList<SalesChannel> channels_;
    QComboBox* monthBox_;
    QLineEdit* year_;
    QList<QLineEdit*> quantities_;
    QList<QLineEdit*> amounts_;
};

}  // namespace thanrak::ui
