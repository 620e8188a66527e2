#pragma once

#include "cbmc/CbmcRecords.h"
#include "widgets/RecordDialog.h"

class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// One card of the canvas: its text and, in blocks 5 and 9, the amount for the
// year. A new card (empty id) is added at the end of its block.
class CardDialog : public RecordDialog {
    Q_OBJECT

public:
    CardDialog(Database& database, const CanvasItem& item, QWidget* parent = nullptr);
    const CanvasItem& item() const { return item_; }

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    std::optional<CanvasItem> collect(FieldProblems& problems) const;

    Database& db_;
    CanvasItem item_;
    QLineEdit* text_;
    QLineEdit* amount_ = nullptr;
};

}  // namespace thanrak::ui
