#pragma once

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class Workspace;

// Puts every module that exists into the workspace, in navigation order.
void addModules(Workspace& workspace, Database& database);

}  // namespace thanrak::ui
