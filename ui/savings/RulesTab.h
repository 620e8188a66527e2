#pragma once

#include "savings/GroupTab.h"

class QLabel;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;

// ระเบียบกลุ่ม: the versions of the group's rules with what each says, a new
// version for the committee to issue, and the kinds of loan the group offers.
class RulesTab : public GroupTab {
    Q_OBJECT

public:
    explicit RulesTab(Database& database, QWidget* parent = nullptr);

    QString title() const override;
    void showOrganisation(const QString& organisationId) override;

    ListTable* versionList() const { return versions_; }
    QLabel* rulesText() const { return text_; }
    ListTable* productList() const { return products_; }
    QPushButton* newVersionButton() const { return newVersion_; }
    QPushButton* addProductButton() const { return addProduct_; }

    void issueNewVersion();
    void addProduct();
    void editProduct();

private:
    QWidget* buildRulesSide();
    QWidget* buildProductSide();
    void reload();
    void showVersion();

    Database& db_;
    QString organisationId_;
    ListTable* versions_;
    QLabel* text_;
    QPushButton* newVersion_;
    ListTable* products_;
    QPushButton* addProduct_;
    QPushButton* editProduct_;
};

}  // namespace thanrak::ui
