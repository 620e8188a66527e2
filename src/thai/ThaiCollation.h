#pragma once

#include <QStringList>
#include <QStringView>

namespace thanrak {

// Thai dictionary order through ICU (QCollator, locale th_TH): leading vowels
// เ แ โ ใ ไ are not the first letter, so เกษตร sorts among the words starting with ก.
// Safe to call from any thread: each thread keeps its own collator.

// < 0, 0 or > 0 as `a` sorts before, with or after `b`.
int compareThai(QStringView a, QStringView b);

// Stable, so entries that compare equal keep their order.
void sortThai(QStringList& list);

}  // namespace thanrak
