#pragma once

#include "shell/ModulePage.h"

class QComboBox;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// สถานที่: the tambons and villages of a district. A new file has only the
// shipped provinces and districts; the district office adds its tambons and
// villages here before registering organisations and addresses.
class PlacesPage : public ModulePage {
    Q_OBJECT

public:
    explicit PlacesPage(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void refresh() override;

    QComboBox* provinceCombo() const { return province_; }
    QComboBox* districtCombo() const { return district_; }
    QTableView* subdistrictTable() const { return subdistrictView_; }
    QTableView* villageTable() const { return villageView_; }
    void addSubdistrict();
    void addVillage();

private:
    void fillProvinces();
    void fillDistricts();
    void fillSubdistricts();
    void fillVillages();
    QString currentDistrict() const;
    QString currentSubdistrict() const;
    QString nextSubdistrictCode() const;
    int nextMoo() const;

    Database& db_;
    QComboBox* province_;
    QComboBox* district_;
    QStandardItemModel* subdistricts_;
    QStandardItemModel* villages_;
    QTableView* subdistrictView_;
    QTableView* villageView_;
    QPushButton* addSubdistrict_;
    QPushButton* addVillage_;
};

}  // namespace thanrak::ui
