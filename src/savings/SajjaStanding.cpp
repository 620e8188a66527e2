#include "savings/SajjaStanding.h"

#include "domain/Membership.h"

#include <algorithm>

namespace thanrak {

namespace {
int sharesFor(const SajjaBook& book, const Membership& member, const QDate& first) {
    const GroupRules* rules =
        rulesOn(book.rules, QDate(first.year(), first.month(), first.daysInMonth()));
    const QDate day = rules ? QDate(first.year(), first.month(), rules->collectionDay) : first;
    const Pledge* pledge = pledgeOn(book.pledges.value(member.id), day);
    return pledge ? pledge->shares : 0;
}
}  // namespace

std::optional<SajjaMonth> sajjaOwed(const SajjaBook& book, const Membership& member,
                                    const QDate& first) {
    const GroupRules* rules =
        rulesOn(book.rules, QDate(first.year(), first.month(), first.daysInMonth()));
    if (!rules)
        return std::nullopt;
    const QDate collection(first.year(), first.month(), rules->collectionDay);
    const Pledge* pledge = pledgeOn(book.pledges.value(member.id), collection);
    if (!pledge || !member.activeOn(collection))
        return std::nullopt;
    SajjaMonth m;
    m.month = monthKey(first);
    m.collectionDate = collection;
    m.due = sajjaDue(*rules, pledge->shares);
    m.paid = book.paidByMonth.value(member.id).value(m.month);
    if (m.shortfall().isPositive() && !book.finedMonths.value(member.id).contains(m.month))
        m.fine = rules->lateSajjaFine.fineFor(m.shortfall());
    return m;
}

QString monthKey(const QDate& day) {
    return day.toString(QStringLiteral("yyyy-MM"));
}

QDate monthStart(const QString& month) {
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

Money SajjaStanding::arrears() const {
    Money sum;
    for (const SajjaMonth& m : missed) sum += m.shortfall();
    return sum;
}

Money SajjaStanding::suggestedFine() const {
    Money sum;
    for (const SajjaMonth& m : missed) sum += m.fine;
    return sum;
}

SajjaStanding sajjaStanding(const SajjaBook& book, const Membership& member, const QString& month) {
    SajjaStanding standing;
    const QDate asked = monthStart(month);
    const QList<Pledge> pledges = book.pledges.value(member.id);
    if (pledges.isEmpty() || !asked.isValid())
        return standing;
    standing.shares = sharesFor(book, member, asked);
    const QDate from = pledges.first().effectiveFrom;
    for (QDate first(from.year(), from.month(), 1); first <= asked; first = first.addMonths(1)) {
        const std::optional<SajjaMonth> owed = sajjaOwed(book, member, first);
        if (!owed)
            continue;
        if (first == asked)
            standing.dueThisMonth = owed->shortfall();
        else if (owed->shortfall().isPositive())
            standing.missed.append(*owed);
    }
    return standing;
}

QList<ReceiptLine> sajjaLines(const SajjaStanding& standing, const QString& month, Money amount) {
    QList<ReceiptLine> lines;
    Money left = amount;
    for (const SajjaMonth& m : standing.missed) {
        const Money part = std::min(left, m.shortfall());
        if (part.isPositive())
            lines.append({ReceiptLineKind::Sajja, part, {}, 0, m.month, {}});
        left -= part;
    }
    if (left.isPositive())
        lines.append({ReceiptLineKind::Sajja, left, {}, 0, month, {}});
    return lines;
}

QList<ReceiptLine> sajjaFineLines(const SajjaStanding& standing, Money amount) {
    QList<ReceiptLine> lines;
    Money left = amount;
    for (const SajjaMonth& m : standing.missed) {
        const Money part = std::min(left, m.fine);
        if (part.isPositive())
            lines.append({ReceiptLineKind::Fine, part, {}, 0, m.month, {}});
        left -= part;
    }
    if (left.isPositive() && !lines.isEmpty())
        lines.last().amount += left;
    else if (left.isPositive())
        lines.append({ReceiptLineKind::Fine,
                      left,
                      {},
                      0,
                      standing.missed.isEmpty() ? QString() : standing.missed.last().month,
                      {}});
    return lines;
}

}  // namespace thanrak
