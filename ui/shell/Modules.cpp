#include "shell/Modules.h"

#include "cbmc/BusinessPlansPage.h"
#include "organisations/OrganisationsPage.h"
#include "people/PeoplePage.h"
#include "funds/DistrictFundsPage.h"
#include "funds/FundPage.h"
#include "places/PlacesPage.h"
#include "otop/ExpiryReminder.h"
#include "otop/OtopPage.h"
#include "exchange/ExchangePage.h"
#include "reports/ReportsPage.h"
#include "savings/GroupPage.h"
#include "shell/Workspace.h"

#include <QListWidget>

namespace thanrak::ui {

// A new module (กลุ่มออมทรัพย์, กองทุนหมู่บ้าน, OTOP, แผนธุรกิจชุมชน, รายงาน) is a
// ModulePage added here; nothing else in the shell changes.
void addModules(Workspace& workspace, Database& database) {
    workspace.addModule(new OrganisationsPage(database));
    workspace.addModule(new GroupPage(database));
    workspace.addModule(new PeoplePage(database));
    workspace.addModule(new PlacesPage(database));
    workspace.addModule(new FundPage(database));
    workspace.addModule(new DistrictFundsPage(database));
    auto* otop = new OtopPage(database);
    workspace.addModule(otop);
    workspace.addModule(new BusinessPlansPage(database));
    workspace.addModule(new ReportsPage(database));
    workspace.addModule(new ExchangePage(database));

    // The window opens with the certificates running out, whichever page
    // shows first; the notice leads to the OTOP page's list.
    auto* reminder = new ExpiryReminder(database, &workspace);
    workspace.addNotice(reminder);
    QObject::connect(reminder, &ExpiryReminder::listRequested, otop, [&workspace, otop] {
        for (int i = 0; i < workspace.moduleCount(); ++i)
            if (workspace.module(i) == otop) workspace.setCurrentModule(i);
        otop->showExpiring();
    });
    QObject::connect(workspace.navigation(), &QListWidget::currentRowChanged, reminder,
                     [reminder] { reminder->setCompact(true); reminder->refresh(); });
    reminder->refresh();
}

}  // namespace thanrak::ui
