#pragma once

#include "domain/Place.h"
#include "widgets/RecordDialog.h"

class QLabel;
class QLineEdit;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// เพิ่มตำบล: the code is proposed as the district's code plus the next free
// two digits; the core's checkSubdistrict explains every problem.
class SubdistrictDialog : public RecordDialog {
    Q_OBJECT

public:
    SubdistrictDialog(Database& database, const QString& districtCode, const QString& proposedCode,
                      QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Subdistrict collect() const;

    Database& db_;
    QString districtCode_;
    QLineEdit* code_;
    QLineEdit* name_;
    QLineEdit* nameEn_;
    QLineEdit* postcode_;
};

// เพิ่มหมู่บ้าน: หมู่ที่ and name; the code follows from the tambon and หมู่ที่.
class VillageDialog : public RecordDialog {
    Q_OBJECT

public:
    VillageDialog(Database& database, const QString& subdistrictCode, int proposedMoo,
                  QWidget* parent = nullptr);

protected:
    FieldProblems problems() override;
    void saveRecord() override;

private:
    Village collect() const;

    Database& db_;
    QString subdistrictCode_;
    QLineEdit* moo_;
    QLineEdit* name_;
    QLabel* code_;
};

}  // namespace thanrak::ui
