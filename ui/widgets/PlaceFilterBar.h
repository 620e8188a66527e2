#pragma once

#include <QWidget>

class QComboBox;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// Cascading อำเภอ/เขต → ตำบล → หมู่บ้าน choices. As a filter each level starts
// at "ทั้งหมด" and a lower level opens once the level above is chosen; as a
// picker (in forms) the user must reach a village. When the file holds a single
// district it is chosen already, so the user starts at the tambon.
class PlaceFilterBar : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Filter, Picker };

    PlaceFilterBar(Database& database, Mode mode, QWidget* parent = nullptr);

    QString districtCode() const;
    QString subdistrictCode() const;
    QString villageCode() const;
    // Postcode of the chosen tambon, to suggest in an address.
    QString subdistrictPostcode() const;

    // Chooses the village and the tambon and district above it.
    void setVillageCode(const QString& villageCode);

    QComboBox* districtCombo() const { return district_; }
    QComboBox* subdistrictCombo() const { return subdistrict_; }
    QComboBox* villageCombo() const { return village_; }

signals:
    void changed();

private:
    void buildLayout();
    void fillDistricts();
    void fillSubdistricts();
    void fillVillages();
    void startCombo(QComboBox* combo, bool parentChosen) const;
    static bool selectCode(QComboBox* combo, const QString& code);

    Database& db_;
    Mode mode_;
    QComboBox* district_;
    QComboBox* subdistrict_;
    QComboBox* village_;
};

}  // namespace thanrak::ui
