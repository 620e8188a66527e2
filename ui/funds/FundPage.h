#pragma once

#include "savings/GroupPage.h"

namespace thanrak::ui {

// กองทุนหมู่บ้าน: the same page as a savings group's — one fund at a time and
// the engine's tabs (member cards, loan register, cash book, trial balance,
// year end, rules) — with the fund's own tabs: capital pools, loan rounds,
// bank reconciliation and grading.
class FundPage : public GroupPage {
    Q_OBJECT

public:
    explicit FundPage(Database& database, QWidget* parent = nullptr);

    QString title() const override;
};

}  // namespace thanrak::ui
