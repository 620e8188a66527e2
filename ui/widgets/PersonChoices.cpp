#include "widgets/PersonChoices.h"

#include "domain/PersonRepository.h"
#include "thai/NationalId.h"

namespace thanrak::ui {

QList<PickChoice> searchPersonChoices(Database& database, const QString& text) {
    QList<PickChoice> choices;
    for (const PersonSummary& found : PersonRepository(database).search(text, 50)) {
        QStringList parts{personDisplayName(found.person)};
        if (!found.villageLabel.isEmpty())
            parts << found.villageLabel;
        if (!found.person.nationalId.isEmpty())
            parts << maskNationalId(found.person.nationalId);
        choices.append({found.person.id, parts.join(QStringLiteral("  ·  "))});
    }
    return choices;
}

}  // namespace thanrak::ui
