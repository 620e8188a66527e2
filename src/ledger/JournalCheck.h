#pragma once

#include "ledger/Journal.h"

namespace thanrak {

class Database;

// Every rule a draft must meet before it is posted; throws LedgerError with a
// Thai sentence naming the line at fault. Runs inside the posting transaction.
void checkJournalDraft(Database& database, const JournalEntryDraft& draft);

}  // namespace thanrak
