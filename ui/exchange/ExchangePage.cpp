#include "exchange/ExchangePage.h"

#include "domain/OrganisationRepository.h"
#include "exchange/BundleExport.h"
#include "exchange/ConflictsPanel.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeProgressDialog.h"
#include "exchange/ExchangeRecords.h"
#include "exchange/ImportPreviewDialog.h"
#include "exchange/ProblemListDialog.h"
#include "intake/PeopleImportWizard.h"
#include "storage/Database.h"
#include "widgets/ActionRow.h"
#include "widgets/ListTable.h"
#include "widgets/PlaceFilterBar.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace thanrak::ui {

ExchangePage::ExchangePage(Database& database, QWidget* parent)
    : ModulePage(parent),
      db_(database),
      places_(new PlaceFilterBar(database, PlaceFilterBar::Mode::Filter, this)),
      organisation_(new QComboBox(this)),
      export_(new QPushButton(tr("ส่งออกชุดข้อมูล…"), this)),
      import_(new QPushButton(tr("นำเข้าชุดข้อมูล…"), this)),
      people_(new QPushButton(tr("นำเข้ารายชื่อจาก Excel…"), this)),
      outcome_(new QLabel(this)),
      tabs_(new QTabWidget(this)),
      arrivalSummary_(new QLabel(this)),
      arrivals_(new ListTable({tr("ตำบล"), tr("รหัส"), tr("องค์กร"), tr("หมู่บ้าน"), tr("ส่งออกเมื่อ"),
                               tr("นำเข้าเมื่อ"), tr("จากไฟล์")},
                              {2}, this)),
      conflicts_(new ConflictsPanel(database, this)),
      history_(new ListTable({tr("เมื่อ"), tr("รับ/ส่ง"), tr("ไฟล์"), tr("องค์กร"), tr("ผล")}, {4}, this)) {
    setObjectName(QStringLiteral("exchangePage"));
    organisation_->setObjectName(QStringLiteral("exchangeOrganisation"));
    export_->setObjectName(QStringLiteral("exchangeExport"));
    import_->setObjectName(QStringLiteral("exchangeImport"));
    people_->setObjectName(QStringLiteral("exchangePeople"));
    people_->setToolTip(tr("นำเข้ารายชื่อสมาชิกและเงินสัจจะยกมาจากไฟล์ที่บันทึกจาก Excel"));
    outcome_->setObjectName(QStringLiteral("exchangeOutcome"));
    arrivals_->setObjectName(QStringLiteral("arrivalsTable"));
    history_->setObjectName(QStringLiteral("exchangeHistory"));
    export_->setToolTip(tr("บันทึกข้อมูลที่เลือกเป็นไฟล์ .zip เพื่อคัดลอกลงแฟลชไดรฟ์หรือส่งทาง LINE"));
    import_->setToolTip(tr("ตรวจชุดข้อมูลทุกแถว แสดงสิ่งที่จะเปลี่ยน แล้วบันทึกเมื่อท่านยืนยัน"));

    auto* exportBox = new QGroupBox(tr("ส่งข้อมูลออก: เลือกพื้นที่หรือองค์กร (ไม่เลือก = ทั้งไฟล์)"), this);
    // Organisation names are long: the list takes the width it is given
    // rather than asking for the longest name's.
    organisation_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    organisation_->setMinimumContentsLength(24);
    auto* exportRows = new QVBoxLayout(exportBox);
    exportRows->addWidget(places_);
    auto* orgRow = new QHBoxLayout;
    auto* orgLabel = new QLabel(tr("องค์กร:"), this);
    orgLabel->setBuddy(organisation_);
    orgRow->addWidget(orgLabel);
    orgRow->addWidget(organisation_, 1);
    exportRows->addLayout(orgRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(exportBox);
    layout->addWidget(actionRow(this, {export_, import_, people_}, outcome_));

    auto* arrivalsTab = new QWidget(this);
    auto* arrivalsLayout = new QVBoxLayout(arrivalsTab);
    arrivalSummary_->setWordWrap(true);
    arrivalsLayout->addWidget(arrivalSummary_);
    arrivalsLayout->addWidget(arrivals_, 1);
    tabs_->addTab(arrivalsTab, tr("ข้อมูลมาถึงล่าสุด"));
    tabs_->addTab(conflicts_, tr("รายการขัดแย้ง"));
    tabs_->addTab(history_, tr("ประวัติการรับส่ง"));
    layout->addWidget(tabs_, 1);

    confirmImport = [this](const ImportSummary& summary) {
        ImportPreviewDialog dialog(summary, this);
        return dialog.exec() == QDialog::Accepted;
    };
    connect(places_, &PlaceFilterBar::changed, this, &ExchangePage::fillOrganisations);
    connect(export_, &QPushButton::clicked, this, &ExchangePage::chooseExportFile);
    connect(import_, &QPushButton::clicked, this, &ExchangePage::chooseImportFile);
    connect(people_, &QPushButton::clicked, this, &ExchangePage::importPeople);
    connect(conflicts_, &ConflictsPanel::decided, this, &ExchangePage::reloadLists);
    fillOrganisations();
}

QString ExchangePage::title() const {
    return tr("รับส่งข้อมูล");
}

void ExchangePage::refresh() {
    fillOrganisations();
    reloadLists();
}

void ExchangePage::fillOrganisations() {
    organisation_->clear();
    organisation_->addItem(tr("ทุกองค์กรในพื้นที่ที่เลือก"), QString());
    OrganisationFilter filter;
    filter.districtCode = places_->districtCode();
    filter.subdistrictCode = places_->subdistrictCode();
    filter.villageCode = places_->villageCode();
    for (const OrganisationSummary& row : OrganisationRepository(db_).list(filter)) {
        organisation_->addItem(row.organisation.code + QStringLiteral(" ") + row.organisation.name,
                               row.organisation.id);
    }
}

void ExchangePage::reloadLists() {
    arrivals_->clearRows();
    int arrived = 0;
    const QList<OrganisationArrival> list = organisationArrivals(db_);
    for (const OrganisationArrival& a : list) {
        arrived += a.exportedAt.isValid() ? 1 : 0;
        ListCell exported = ListCell::of(a.exportedAt.isValid() ? thaiDateTime(a.exportedAt) : tr("ยังไม่มีข้อมูลส่งมา"));
        exported.sortKey = a.exportedAt;
        exported.warning =
            !a.exportedAt.isValid() || a.exportedAt.daysTo(QDateTime::currentDateTimeUtc()) > kStaleArrivalDays;
        arrivals_->addRow({ListCell::of(a.subdistrictName), ListCell::of(a.code), ListCell::of(a.name),
                           ListCell::of(a.villageName), exported, ListCell::of(thaiDateTime(a.importedAt)),
                           ListCell::of(a.fromFile)});
    }
    arrivalSummary_->setText(tr("ข้อมูลส่งมาแล้ว %1 จาก %2 องค์กร สีแดง: ยังไม่มีข้อมูล หรือข้อมูลเก่ากว่า %3 วัน")
                                 .arg(arrived)
                                 .arg(list.size())
                                 .arg(kStaleArrivalDays));
    conflicts_->reload();
    tabs_->setTabText(1, conflicts_->count() > 0 ? tr("รายการขัดแย้ง (%1)").arg(conflicts_->count())
                                                 : tr("รายการขัดแย้ง"));
    history_->clearRows();
    for (const ExchangeLogEntry& entry : exchangeLog(db_)) {
        QString result;
        if (entry.imported)
            result = importCountsText(entry.importCounts);
        else
            result = tr("%1 แถว").arg(QLocale(QLocale::English, QLocale::UnitedStates).toString(entry.exportedRows));
        ListCell when = ListCell::of(thaiDateTime(entry.loggedAt));
        when.sortKey = entry.loggedAt;
        history_->addRow({when, ListCell::of(entry.imported ? tr("รับเข้า") : tr("ส่งออก")),
                          ListCell::of(entry.otherFile), ListCell::number(entry.organisations), ListCell::of(result)});
    }
}

bool ExchangePage::exportTo(const QString& path) {
    // One organisation, or every one the list offers for the chosen area;
    // no area chosen is the whole file.
    ExportScope scope;
    const QString chosen = organisation_->currentData().toString();
    const bool areaChosen = !places_->districtCode().isEmpty();
    if (!chosen.isEmpty())
        scope.organisationIds << chosen;
    else if (areaChosen)
        for (int i = 1; i < organisation_->count(); ++i)
            scope.organisationIds << organisation_->itemData(i).toString();
    if (scope.organisationIds.isEmpty() && areaChosen) {
        tell(tr("ไม่มีองค์กรในพื้นที่ที่เลือก จึงไม่ได้สร้างชุดข้อมูล"), true);
        return false;
    }
    try {
        ExchangeProgressDialog progress(this, tr("กำลังส่งออกชุดข้อมูล"));
        const ExportSummary summary = exportBundle(db_, scope, path, progress.callback());
        tell(tr("บันทึกชุดข้อมูลแล้ว: %1 องค์กร %2 แถว ที่ %3")
                 .arg(summary.organisations)
                 .arg(summary.totalRows)
                 .arg(QDir::toNativeSeparators(path)),
             false);
        reloadLists();
        return true;
    } catch (const Error& error) {
        tell(error.message(), true);
        return false;
    }
}

bool ExchangePage::importFrom(const QString& path) {
    try {
        ImportSummary preview;
        {
            ExchangeProgressDialog progress(this, tr("กำลังตรวจชุดข้อมูล"));
            preview = importBundle(db_, path, {true}, progress.callback());
        }
        if (!confirmImport(preview)) {
            tell(tr("ยกเลิกการนำเข้า ไฟล์ข้อมูลไม่มีการเปลี่ยนแปลง"), false);
            return false;
        }
        ExchangeProgressDialog progress(this, tr("กำลังนำเข้าชุดข้อมูล"));
        const ImportSummary summary = importBundle(db_, path, {false, preview.bundleId}, progress.callback());
        tell(tr("นำเข้าแล้ว: %1").arg(importCountsText(summary.totals())), false);
        refresh();
        if (summary.totals().conflicts > 0)
            tabs_->setCurrentIndex(1);
        return true;
    } catch (const ExchangeError& error) {
        tell(error.message(), true);
        // Problems in rows get a list the user can work through.
        if (error.problems().size() > 1 || error.problems().front().where().row > 0) {
            ProblemListDialog dialog(tr("นำเข้าชุดข้อมูล %1 ไม่ได้").arg(QFileInfo(path).fileName()),
                                     error.problems(), this);
            dialog.exec();
        }
        return false;
    } catch (const Error& error) {
        tell(error.message(), true);
        return false;
    }
}

void ExchangePage::chooseExportFile() {
    const QString name = tr("ชุดข้อมูล-%1.zip").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("บันทึกชุดข้อมูล"), QDir::home().filePath(name),
                                                      tr("ชุดข้อมูลฐานราก (*.zip)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ExchangePage::chooseImportFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("เลือกชุดข้อมูลที่จะนำเข้า"), QDir::homePath(),
                                                      tr("ชุดข้อมูลฐานราก (*.zip)"));
    if (!path.isEmpty())
        importFrom(path);
}

void ExchangePage::importPeople() {
    PeopleImportWizard wizard(db_, this);
    const QString chosen = organisation_->currentData().toString();
    if (!chosen.isEmpty())
        wizard.chooseOrganisation(chosen);
    if (wizard.exec() == QDialog::Accepted && wizard.result())
        tell(tr("นำเข้ารายชื่อแล้ว: บุคคลใหม่ %1 สมาชิกใหม่ %2").arg(wizard.result()->people).arg(wizard.result()->members),
             false);
}

void ExchangePage::tell(const QString& text, bool problem) {
    outcome_->setText(text);
    outcome_->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    outcome_->show();
}

}  // namespace thanrak::ui
