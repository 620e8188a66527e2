#pragma once

#include "widgets/PersonPicker.h"

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// People whose name or ID matches `text`, as a PersonPicker offers them:
// name, village and masked national ID.
QList<PickChoice> searchPersonChoices(Database& database, const QString& text);

}  // namespace thanrak::ui
