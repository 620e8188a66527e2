#include "thai/ThaiCollation.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace thanrak {

namespace {

// Building a collator loads ICU tailoring data, far too slow per comparison (SQLite
// calls compareThai for every row pair of an ORDER BY); QCollator is not thread-safe,
// hence one per thread.
const QCollator& thaiCollator() {
    thread_local const QCollator collator(QLocale(QLocale::Thai, QLocale::Thailand));
    return collator;
}

}  // namespace

int compareThai(QStringView a, QStringView b) {
    return thaiCollator().compare(a, b);
}

void sortThai(QStringList& list) {
    const QCollator& collator = thaiCollator();
    std::stable_sort(list.begin(), list.end(), [&collator](const QString& a, const QString& b) {
        return collator.compare(a, b) < 0;
    });
}

}  // namespace thanrak
