#pragma once

#include "reports/ReportCatalog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ThaiDateEdit;

// What one report needs to be printed: the organisation (of the kinds the
// report is for), the member for a passbook or receipts, the tambon for a
// district report, the product for a product sheet (or all of the tambon's),
// the plan and version for a plan's canvas or document, and its dates in the shape its period takes: one day, a
// range, a month or a year (years in B.E.). Rows the report does not use are
// hidden, so the form only asks what matters.
class ReportRequestForm : public QWidget {
    Q_OBJECT

public:
    explicit ReportRequestForm(Database& database, QWidget* parent = nullptr);

    void showFor(const ReportInfo& info);
    void reloadOrganisations();
    ReportRequest request() const;
    bool thaiDigits() const;

    QComboBox* organisations() const { return organisation_; }
    QComboBox* members() const { return member_; }
    ThaiDateEdit* fromEdit() const { return from_; }
    ThaiDateEdit* toEdit() const { return to_; }
    QSpinBox* yearEdit() const { return year_; }
    QComboBox* monthEdit() const { return month_; }
    QComboBox* plans() const { return plan_; }
    QComboBox* versions() const { return version_; }
    QComboBox* products() const { return product_; }

signals:
    void changed();

private:
    void reloadMembers();
    void reloadPlans();
    void reloadVersions();
    void reloadProducts();
    void setRowVisible(QWidget* field, bool visible);

    Database& db_;
    ReportInfo info_;
    QFormLayout* form_;
    QComboBox* organisation_;
    QComboBox* member_;
    QComboBox* subdistrict_;
    QComboBox* product_;
    QComboBox* plan_;
    QComboBox* version_;
    ThaiDateEdit* from_;
    ThaiDateEdit* to_;
    QComboBox* month_;
    QSpinBox* year_;
    QCheckBox* thaiDigits_;
    QCheckBox* fullIds_;
};

}  // namespace thanrak::ui
