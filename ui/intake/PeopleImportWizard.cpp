#include "intake/PeopleImportWizard.h"

#include "domain/OrganisationRepository.h"
#include "money/MoneyFormat.h"
#include "widgets/ListTable.h"
#include "widgets/ThaiDateEdit.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

namespace thanrak::ui {

namespace {
constexpr int kPreviewRows = 8;

// The last page can finish only when some row is clean.
class CheckWizardPage : public QWizardPage {
public:
    std::function<bool()> ready;
    bool isComplete() const override { return ready && ready(); }
};
}  // namespace

PeopleImportWizard::PeopleImportWizard(Database& database, QWidget* parent)
    : QWizard(parent),
      db_(database),
      organisation_(new QComboBox),
      path_(new QLineEdit),
      encoding_(new QComboBox),
      delimiter_(new QComboBox),
      headerRow_(new QSpinBox),
      fileStatus_(new QLabel),
      buddhistEra_(new QRadioButton(tr("พ.ศ. (เช่น 5/6/2510)"))),
      commonEra_(new QRadioButton(tr("ค.ศ. (เช่น 5/6/1967)"))),
      opening_(new ThaiDateEdit),
      checkSummary_(new QLabel),
      problems_(nullptr) {
    setObjectName(QStringLiteral("peopleImportWizard"));
    setWindowTitle(tr("นำเข้ารายชื่อสมาชิกจาก Excel"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("ถัดไป >"));
    setButtonText(QWizard::BackButton, tr("< ย้อนกลับ"));
    setButtonText(QWizard::CancelButton, tr("ยกเลิก"));
    setButtonText(QWizard::FinishButton, tr("นำเข้า"));
    setPage(FilePage, makeFilePage());
    setPage(MappingPage, makeMappingPage());
    setPage(CheckPage, makeCheckPage());
    resize(980, 640);
}

QWizardPage* PeopleImportWizard::makeFilePage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("1. เลือกองค์กรและไฟล์"));
    page->setSubTitle(tr("บันทึกรายชื่อจาก Excel เป็น CSV หรือข้อความ (Unicode) ก่อน โปรแกรมจะเดารหัสอักขระและตัวคั่นให้"));
    organisation_->setObjectName(QStringLiteral("intakeOrganisation"));
    for (const OrganisationSummary& row : OrganisationRepository(db_).list({}))
        organisation_->addItem(row.organisation.code + QStringLiteral(" ") + row.organisation.name, row.organisation.id);
    auto* browse = new QPushButton(tr("เลือกไฟล์…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(path_, 1);
    fileRow->addWidget(browse);
    encoding_->setObjectName(QStringLiteral("intakeEncoding"));
    encoding_->addItem(tr("อัตโนมัติ"), -1);
    encoding_->addItem(QStringLiteral("UTF-8"), static_cast<int>(TextEncoding::Utf8));
    encoding_->addItem(QStringLiteral("UTF-16 (Unicode text)"), static_cast<int>(TextEncoding::Utf16LE));
    encoding_->addItem(QStringLiteral("Windows-874 (ภาษาไทยแบบเก่า)"), static_cast<int>(TextEncoding::Windows874));
    delimiter_->addItem(tr("อัตโนมัติ"), QString());
    delimiter_->addItem(tr("จุลภาค ( , )"), QStringLiteral(","));
    delimiter_->addItem(tr("อัฒภาค ( ; )"), QStringLiteral(";"));
    delimiter_->addItem(tr("แท็บ"), QStringLiteral("\t"));
    headerRow_->setRange(1, 50);
    headerRow_->setValue(1);
    fileStatus_->setObjectName(QStringLiteral("intakeFileStatus"));
    fileStatus_->setWordWrap(true);
    preview_ = new ListTable({}, {}, page);
    preview_->setObjectName(QStringLiteral("intakePreview"));
    auto* form = new QFormLayout;
    form->addRow(tr("องค์กร:"), organisation_);
    form->addRow(tr("ไฟล์:"), fileRow);
    form->addRow(tr("รหัสอักขระ:"), encoding_);
    form->addRow(tr("ตัวคั่น:"), delimiter_);
    form->addRow(tr("แถวหัวตาราง:"), headerRow_);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(fileStatus_);
    layout->addWidget(preview_, 1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("เลือกไฟล์รายชื่อ"), QDir::homePath(),
                                                          tr("ไฟล์ CSV หรือข้อความ (*.csv *.txt)"));
        if (!path.isEmpty())
            setFilePath(path);
    });
    connect(path_, &QLineEdit::editingFinished, this, &PeopleImportWizard::readFile);
    connect(encoding_, &QComboBox::currentIndexChanged, this, &PeopleImportWizard::readFile);
    connect(delimiter_, &QComboBox::currentIndexChanged, this, &PeopleImportWizard::readFile);
    connect(headerRow_, &QSpinBox::valueChanged, this, &PeopleImportWizard::readFile);
    return page;
}

QWizardPage* PeopleImportWizard::makeMappingPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("2. จับคู่คอลัมน์"));
    page->setSubTitle(tr("เลือกว่าแต่ละข้อมูลอยู่ในคอลัมน์ใดของไฟล์ โปรแกรมจะจำไว้สำหรับองค์กรนี้"));
    auto* form = new QFormLayout;
    for (const IntakeField field : allIntakeFields()) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("intakeField_") + intakeFieldKey(field));
        fields_.insert(field, combo);
        form->addRow(intakeFieldTitle(field) + QLatin1Char(':'), combo);
    }
    auto* era = new QHBoxLayout;
    era->addWidget(buddhistEra_);
    era->addWidget(commonEra_);
    era->addStretch();
    buddhistEra_->setChecked(true);
    form->addRow(tr("ปีในไฟล์เป็น:"), era);
    opening_->setDate(QDate(QDate::currentDate().year() - 1, 12, 31));
    form->addRow(tr("วันที่ยอดยกมา:"), opening_);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    return page;
}

QWizardPage* PeopleImportWizard::makeCheckPage() {
    auto* page = new CheckWizardPage;
    page->ready = [this] { return plan_.cleanRows() > 0; };
    page->setTitle(tr("3. ตรวจทุกแถวก่อนนำเข้า"));
    page->setSubTitle(tr("นำเข้าเฉพาะแถวที่ไม่มีปัญหา แถวที่มีปัญหาให้แก้ในไฟล์แล้วนำเข้าอีกครั้ง"));
    checkSummary_->setObjectName(QStringLiteral("intakeSummary"));
    checkSummary_->setWordWrap(true);
    problems_ = new ListTable({tr("แถว"), tr("ช่อง"), tr("ปัญหา")}, {2}, page);
    problems_->setObjectName(QStringLiteral("intakeProblems"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(checkSummary_);
    layout->addWidget(problems_, 1);
    return page;
}

void PeopleImportWizard::setFilePath(const QString& path) {
    path_->setText(path);
    readFile();
}

void PeopleImportWizard::chooseOrganisation(const QString& organisationId) {
    const int index = organisation_->findData(organisationId);
    if (index >= 0)
        organisation_->setCurrentIndex(index);
}

void PeopleImportWizard::readFile() {
    sheet_.reset();
    preview_->clearRows();
    const QString path = path_->text().trimmed();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fileStatus_->setText(tr("เปิดไฟล์ %1 ไม่ได้").arg(QFileInfo(path).fileName()));
        return;
    }
    SheetOptions options;
    if (encoding_->currentData().toInt() >= 0)
        options.encoding = static_cast<TextEncoding>(encoding_->currentData().toInt());
    if (!delimiter_->currentData().toString().isEmpty())
        options.delimiter = delimiter_->currentData().toString().front();
    options.headerRow = headerRow_->value();
    try {
        sheet_ = readSheet(file.readAll(), options);
    } catch (const Error& error) {
        fileStatus_->setStyleSheet(QStringLiteral("color: #b00020;"));
        fileStatus_->setText(error.fullMessage());
        return;
    }
    const QString delimiter = sheet_->delimiter == QLatin1Char('\t') ? tr("แท็บ") : QString(sheet_->delimiter);
    fileStatus_->setStyleSheet(QString());
    fileStatus_->setText(tr("อ่านเป็น %1 คั่นด้วย %2: หัวตาราง %3 คอลัมน์ ข้อมูล %4 แถว (แสดง %5 แถวแรก)")
                             .arg(encodingName(sheet_->encoding), delimiter)
                             .arg(sheet_->header.size())
                             .arg(sheet_->rows.size())
                             .arg(qMin<qsizetype>(kPreviewRows, sheet_->rows.size())));
    preview_->setHeaders(sheet_->header);
    for (int i = 0; i < sheet_->rows.size() && i < kPreviewRows; ++i) {
        QList<ListCell> cells;
        for (const QString& text : sheet_->rows.at(i))
            cells << ListCell::of(text);
        preview_->addRow(cells);
    }
}

void PeopleImportWizard::showMapping() {
    if (!sheet_)
        return;
    const IntakeMapping mapping = recalledMapping(db_, organisation_->currentData().toString(), sheet_->header);
    for (auto it = fields_.begin(); it != fields_.end(); ++it) {
        QComboBox* combo = it.value();
        combo->clear();
        combo->addItem(tr("— ไม่มีในไฟล์ —"), -1);
        for (int i = 0; i < sheet_->header.size(); ++i)
            combo->addItem(tr("คอลัมน์ %1: %2").arg(i + 1).arg(sheet_->header.at(i)), i);
        combo->setCurrentIndex(combo->findData(mapping.column(it.key())));
    }
    (mapping.era == Era::CommonEra ? commonEra_ : buddhistEra_)->setChecked(true);
    if (mapping.openingDate.isValid())
        opening_->setDate(mapping.openingDate);
}

IntakeMapping PeopleImportWizard::currentMapping() const {
    IntakeMapping mapping;
    for (auto it = fields_.begin(); it != fields_.end(); ++it)
        if (it.value()->currentData().toInt() >= 0)
            mapping.columns.insert(it.key(), it.value()->currentData().toInt());
    mapping.era = commonEra_->isChecked() ? Era::CommonEra : Era::BuddhistEra;
    mapping.openingDate = opening_->date();
    return mapping;
}

void PeopleImportWizard::check() {
    problems_->clearRows();
    plan_ = planIntake(db_, organisation_->currentData().toString(), *sheet_, currentMapping(),
                       QFileInfo(path_->text()).fileName());
    Money savings;
    for (const IntakeRow& row : plan_.rows)
        if (row.clean())
            savings = savings + row.openingSavings;
    const int rejected = static_cast<int>(plan_.rows.size()) - plan_.cleanRows();
    checkSummary_->setText(tr("นำเข้าได้ %1 แถว (เงินสัจจะยกมารวม %2 บาท) มีปัญหา %3 แถว ซึ่งจะไม่นำเข้า")
                               .arg(plan_.cleanRows())
                               .arg(formatMoney(savings))
                               .arg(rejected));
    for (const Error& problem : plan_.problems())
        problems_->addRow({ListCell::number(problem.where().row), ListCell::of(problem.where().column),
                           ListCell::of(problem.message())});
    setButtonText(QWizard::FinishButton, tr("นำเข้า %1 แถว").arg(plan_.cleanRows()));
    emit page(CheckPage)->completeChanged();
}

void PeopleImportWizard::initializePage(int id) {
    if (id == MappingPage)
        showMapping();
    else if (id == CheckPage)
        check();
    QWizard::initializePage(id);
}

bool PeopleImportWizard::validateCurrentPage() {
    if (currentId() == FilePage) {
        if (organisation_->currentIndex() < 0 || !sheet_) {
            fileStatus_->setStyleSheet(QStringLiteral("color: #b00020;"));
            if (!sheet_ && fileStatus_->text().isEmpty())
                fileStatus_->setText(tr("กรุณาเลือกองค์กรและไฟล์ที่อ่านได้ก่อน"));
            return false;
        }
        return true;
    }
    if (currentId() == MappingPage) {
        const IntakeMapping mapping = currentMapping();
        if (mapping.column(IntakeField::FirstName) < 0 && mapping.column(IntakeField::FullName) < 0)
            return false;
        return true;
    }
    if (currentId() == CheckPage) {
        if (plan_.cleanRows() == 0)
            return false;
        try {
            const IntakeMapping mapping = currentMapping();
            result_ = applyIntake(db_, plan_, mapping);
            rememberMapping(db_, plan_.organisationId, mapping, sheet_->header);
        } catch (const Error& error) {
            checkSummary_->setStyleSheet(QStringLiteral("color: #b00020;"));
            checkSummary_->setText(error.message());
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

}  // namespace thanrak::ui
