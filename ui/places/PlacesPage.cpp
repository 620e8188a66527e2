#include "places/PlacesPage.h"

#include "domain/PlaceRepository.h"
#include "places/PlaceDialogs.h"
#include "widgets/TableSetup.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>

namespace thanrak::ui {

namespace {
const QString kLastDistrictKey = QStringLiteral("places/lastDistrict");

QTableView* makeTable(QStandardItemModel* model, QWidget* parent, const char* name) {
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    setUpTable(view);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}

QList<QStandardItem*> row(const QStringList& texts) {
    QList<QStandardItem*> items;
    for (const QString& text : texts) items << new QStandardItem(text);
    return items;
}
}  // namespace

PlacesPage::PlacesPage(Database& database, QWidget* parent)
    : ModulePage(parent),
      db_(database),
      province_(new QComboBox(this)),
      district_(new QComboBox(this)),
      subdistricts_(new QStandardItemModel(this)),
      villages_(new QStandardItemModel(this)),
      subdistrictView_(makeTable(subdistricts_, this, "subdistrictTable")),
      villageView_(makeTable(villages_, this, "villageTable")),
      addSubdistrict_(new QPushButton(tr("เพิ่มตำบล (Insert)"), this)),
      addVillage_(new QPushButton(tr("เพิ่มหมู่บ้าน (Ctrl+Insert)"), this)) {
    province_->setObjectName(QStringLiteral("provinceCombo"));
    district_->setObjectName(QStringLiteral("districtCombo"));
    addSubdistrict_->setObjectName(QStringLiteral("addSubdistrictButton"));
    addVillage_->setObjectName(QStringLiteral("addVillageButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("จังหวัด"), this));
    top->addWidget(province_, 1);
    top->addWidget(new QLabel(tr("อำเภอ/เขต"), this));
    top->addWidget(district_, 1);
    auto* grid = new QGridLayout(this);
    grid->addLayout(top, 0, 0, 1, 2);
    grid->addWidget(subdistrictView_, 1, 0);
    grid->addWidget(villageView_, 1, 1);
    grid->addWidget(addSubdistrict_, 2, 0, Qt::AlignLeft);
    grid->addWidget(addVillage_, 2, 1, Qt::AlignLeft);
    connect(province_, &QComboBox::currentIndexChanged, this, [this] { fillDistricts(); });
    connect(district_, &QComboBox::currentIndexChanged, this, [this] { fillSubdistricts(); });
    connect(subdistrictView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { fillVillages(); });
    connect(addSubdistrict_, &QPushButton::clicked, this, &PlacesPage::addSubdistrict);
    connect(addVillage_, &QPushButton::clicked, this, &PlacesPage::addVillage);
    addSubdistrict_->setShortcut(QKeySequence(Qt::Key_Insert));
    addVillage_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    fillProvinces();
}

QString PlacesPage::title() const {
    return tr("สถานที่");
}

void PlacesPage::refresh() {
    fillSubdistricts();
}

void PlacesPage::fillProvinces() {
    // A file that already has places opens on its own district; a new file on
    // the district this office chose last time.
    const QString remembered = QSettings().value(kLastDistrictKey).toString();
    const QList<District> inUse = PlaceRepository(db_).districtsInUse();
    QString wanted = remembered;
    if (!inUse.isEmpty() && std::none_of(inUse.begin(), inUse.end(),
                                         [&](const District& d) { return d.code == remembered; }))
        wanted = inUse.front().code;
    const QSignalBlocker blocker(province_);
    for (const Province& p : PlaceRepository(db_).provinces()) province_->addItem(p.nameTh, p.code);
    province_->setCurrentIndex(wanted.isEmpty() ? 0
                                                : std::max(0, province_->findData(wanted.left(2))));
    fillDistricts();
    if (!wanted.isEmpty())
        district_->setCurrentIndex(std::max(0, district_->findData(wanted)));
}

void PlacesPage::fillDistricts() {
    const QSignalBlocker blocker(district_);
    district_->clear();
    for (const District& d : PlaceRepository(db_).districts(province_->currentData().toString()))
        district_->addItem(d.nameTh, d.code);
    fillSubdistricts();
}

void PlacesPage::fillSubdistricts() {
    const QString keep = currentSubdistrict();
    subdistricts_->clear();
    subdistricts_->setHorizontalHeaderLabels({tr("รหัส"), tr("ตำบล"), tr("รหัสไปรษณีย์")});
    if (!currentDistrict().isEmpty())
        QSettings().setValue(kLastDistrictKey, currentDistrict());
    int select = 0;
    for (const Subdistrict& s : PlaceRepository(db_).subdistricts(currentDistrict())) {
        if (s.code == keep)
            select = subdistricts_->rowCount();
        subdistricts_->appendRow(row({s.code, s.nameTh, s.postcode}));
    }
    fitRowHeight(subdistrictView_);
    subdistrictView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    subdistrictView_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (subdistricts_->rowCount() > 0)
        subdistrictView_->setCurrentIndex(subdistricts_->index(select, 0));
    addVillage_->setEnabled(subdistricts_->rowCount() > 0);
    fillVillages();
}

void PlacesPage::fillVillages() {
    villages_->clear();
    villages_->setHorizontalHeaderLabels({tr("หมู่ที่"), tr("หมู่บ้าน"), tr("รหัส")});
    for (const Village& v : PlaceRepository(db_).villages(currentSubdistrict()))
        villages_->appendRow(row({QString::number(v.moo), v.nameTh, v.code}));
    fitRowHeight(villageView_);
    villageView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    villageView_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

QString PlacesPage::currentDistrict() const {
    return district_->currentData().toString();
}

QString PlacesPage::currentSubdistrict() const {
    const QModelIndex current = subdistrictView_->currentIndex();
    return current.isValid() ? subdistricts_->item(current.row(), 0)->text() : QString();
}

QString PlacesPage::nextSubdistrictCode() const {
    int highest = 0;
    for (int r = 0; r < subdistricts_->rowCount(); ++r)
        highest = std::max(highest, subdistricts_->item(r, 0)->text().right(2).toInt());
    return currentDistrict() + QStringLiteral("%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}

int PlacesPage::nextMoo() const {
    int highest = 0;
    for (int r = 0; r < villages_->rowCount(); ++r)
        highest = std::max(highest, villages_->item(r, 0)->text().toInt());
    return highest + 1;
}

void PlacesPage::addSubdistrict() {
    if (currentDistrict().isEmpty())
        return;
    SubdistrictDialog dialog(db_, currentDistrict(), nextSubdistrictCode(), this);
    if (dialog.exec() == QDialog::Accepted)
        fillSubdistricts();
}

void PlacesPage::addVillage() {
    if (currentSubdistrict().isEmpty())
        return;
    VillageDialog dialog(db_, currentSubdistrict(), nextMoo(), this);
    if (dialog.exec() == QDialog::Accepted)
        fillVillages();
}

}  // namespace thanrak::ui
