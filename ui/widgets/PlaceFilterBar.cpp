#include "widgets/PlaceFilterBar.h"

#include "domain/PlaceRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace thanrak::ui {

namespace {
enum PlaceRole { CodeRole = Qt::UserRole, PostcodeRole };

QString codeOf(const QComboBox* combo) {
    return combo->currentData(CodeRole).toString();
}
}  // namespace

PlaceFilterBar::PlaceFilterBar(Database& database, Mode mode, QWidget* parent)
    : QWidget(parent),
      db_(database),
      mode_(mode),
      district_(new QComboBox(this)),
      subdistrict_(new QComboBox(this)),
      village_(new QComboBox(this)) {
    district_->setObjectName(QStringLiteral("districtCombo"));
    subdistrict_->setObjectName(QStringLiteral("subdistrictCombo"));
    village_->setObjectName(QStringLiteral("villageCombo"));
    for (QComboBox* combo : {district_, subdistrict_, village_})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    buildLayout();
    connect(district_, &QComboBox::currentIndexChanged, this, [this] {
        fillSubdistricts();
        emit changed();
    });
    connect(subdistrict_, &QComboBox::currentIndexChanged, this, [this] {
        fillVillages();
        emit changed();
    });
    connect(village_, &QComboBox::currentIndexChanged, this, &PlaceFilterBar::changed);
    fillDistricts();
}

void PlaceFilterBar::buildLayout() {
    const QString labels[] = {tr("อำเภอ/เขต"), tr("ตำบล"), tr("หมู่บ้าน")};
    QComboBox* combos[] = {district_, subdistrict_, village_};
    if (mode_ == Mode::Picker) {
        auto* form = new QFormLayout(this);
        form->setContentsMargins(0, 0, 0, 0);
        for (int i = 0; i < 3; ++i) form->addRow(labels[i], combos[i]);
        return;
    }
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        auto* label = new QLabel(labels[i], this);
        label->setBuddy(combos[i]);
        row->addWidget(label);
        row->addWidget(combos[i]);
        row->addSpacing(label->fontMetrics().averageCharWidth() * 2);
    }
    row->addStretch(1);
}

QString PlaceFilterBar::districtCode() const {
    return codeOf(district_);
}

QString PlaceFilterBar::subdistrictCode() const {
    return codeOf(subdistrict_);
}

QString PlaceFilterBar::villageCode() const {
    return codeOf(village_);
}

QString PlaceFilterBar::subdistrictPostcode() const {
    return subdistrict_->currentData(PostcodeRole).toString();
}

void PlaceFilterBar::startCombo(QComboBox* combo, bool parentChosen) const {
    combo->clear();
    if (mode_ == Mode::Filter)
        combo->addItem(tr("ทั้งหมด"));
    else if (combo == district_)
        combo->addItem(tr("— เลือกอำเภอ —"));
    else if (combo == subdistrict_)
        combo->addItem(tr("— เลือกตำบล —"));
    else
        combo->addItem(tr("— เลือกหมู่บ้าน —"));
    combo->setEnabled(parentChosen);
}

void PlaceFilterBar::fillDistricts() {
    const QList<District> districts = PlaceRepository(db_).districtsInUse();
    {
        const QSignalBlocker blocker(district_);
        startCombo(district_, true);
        for (const District& district : districts)
            district_->addItem(district.nameTh, district.code);
        if (districts.size() == 1)
            district_->setCurrentIndex(1);
    }
    fillSubdistricts();
}

void PlaceFilterBar::fillSubdistricts() {
    const QString district = districtCode();
    {
        const QSignalBlocker blocker(subdistrict_);
        startCombo(subdistrict_, !district.isEmpty());
        if (!district.isEmpty())
            for (const Subdistrict& s : PlaceRepository(db_).subdistricts(district)) {
                subdistrict_->addItem(s.nameTh, s.code);
                subdistrict_->setItemData(subdistrict_->count() - 1, s.postcode, PostcodeRole);
            }
    }
    fillVillages();
}

void PlaceFilterBar::fillVillages() {
    const QString subdistrict = subdistrictCode();
    const QSignalBlocker blocker(village_);
    startCombo(village_, !subdistrict.isEmpty());
    if (!subdistrict.isEmpty())
        for (const Village& village : PlaceRepository(db_).villages(subdistrict))
            village_->addItem(villageLabel(village), village.code);
}

bool PlaceFilterBar::selectCode(QComboBox* combo, const QString& code) {
    const int index = combo->findData(code, CodeRole);
    if (index >= 0)
        combo->setCurrentIndex(index);
    return index >= 0;
}

void PlaceFilterBar::setVillageCode(const QString& villageCode) {
    const std::optional<VillagePath> path = PlaceRepository(db_).villagePath(villageCode);
    if (!path)
        return;
    // Place.h: each DOPA code begins with its parent's, so a tambon's first four
    // digits are its district.
    const QString subdistrict = path->village.subdistrictCode;
    selectCode(district_, subdistrict.left(4));
    selectCode(subdistrict_, subdistrict);
    selectCode(village_, villageCode);
}

}  // namespace thanrak::ui
