#include "shell/Modules.h"

#include "organisations/OrganisationsPage.h"
#include "people/PeoplePage.h"
#include "funds/DistrictFundsPage.h"
#include "funds/FundPage.h"
#include "places/PlacesPage.h"
#include "exchange/ExchangePage.h"
#include "reports/ReportsPage.h"
#include "savings/GroupPage.h"
#include "shell/Workspace.h"

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
    workspace.addModule(new ReportsPage(database));
    workspace.addModule(new ExchangePage(database));
}

}  // namespace thanrak::ui
