#include "GroupHistory.h"

#include "base/Ids.h"
#include "demo/DemoNames.h"
#include "savings/StoredDecimal.h"

#include <algorithm>

namespace thanrak::bench {

namespace {
constexpr qint64 kShareSatang = 5000;  // 50 baht, the default rules
constexpr qint64 kFeeSatang = 2000;
constexpr qint64 kLateSajjaFineSatang = 1000;

int draw(std::mt19937& rng, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(rng);
}

struct Member {
    QString id;
    QString name;
    QDate joined;
    int shares = 1;
    QString missedMonth;
    int loan = -1;  // index into GroupHistory::loans_
};

struct RunningLoan {
    QString id;
    std::vector<Instalment> schedule;
    size_t next = 0;
};

class GroupHistory {
public:
    GroupHistory(HistoryWriter& writer, std::mt19937& rng, const BenchGroup& group)
        : w_(writer), rng_(rng), g_(group) {}

    void enrol(int count, const QDate& firstMonth, const QDate& lastMonth);
    void meeting(const QDate& day, const QDate& lastMeeting);

private:
    void payFee(const Member& m);
    void pay(Member& m, const QDate& day, const QString& meetingId);
    void payInstalment(Member& m, const QDate& day, QList<ReceiptLineRow>& lines);
    void lend(Member& m, const QDate& day, const QDate& lastMeeting);
    void receipt(const Member& m, const QDate& day, const QString& meetingId,
                 const QList<ReceiptLineRow>& lines);
    QString post(const QDate& day, const QString& description, const char* source,
                 const QString& sourceId, const QList<LedgerLine>& lines);
    QString accountFor(const ReceiptLineRow& line) const;
    void guarantee(const QString& loanId, const Member& borrower, int count);

    HistoryWriter& w_;
    std::mt19937& rng_;
    const BenchGroup& g_;
    std::vector<Member> members_;
    std::vector<RunningLoan> loans_;
    int entryNo_ = 0;
    int receiptYear_ = 0;
    int receiptNo_ = 0;
    int contractYear_ = 0;
    int contractSeq_ = 0;
    QDate lastFees_;
};

void GroupHistory::enrol(int count, const QDate& firstMonth, const QDate& lastMonth) {
    const int months = static_cast<int>((lastMonth.year() - firstMonth.year()) * 12 +
                                        lastMonth.month() - firstMonth.month());
    std::vector<QDate> joined;
    for (int i = 0; i < count; ++i)
        joined.push_back(
            i < count * 6 / 10
                ? firstMonth
                : firstMonth.addMonths(draw(rng_, 1, months)).addDays(draw(rng_, 0, 3)));
    std::sort(joined.begin(), joined.end());
    const QStringList& given = demo::femaleGivenNames();
    const QStringList& surnames = demo::surnames();
    for (int i = 0; i < count; ++i) {
        Member m;
        const QString first = given.at(draw(rng_, 0, static_cast<int>(given.size()) - 1));
        const QString last = surnames.at(draw(rng_, 0, static_cast<int>(surnames.size()) - 1));
        m.name = first + QLatin1Char(' ') + last;
        const QString person = w_.person(g_.villageCode, first, last,
                                         QDate(draw(rng_, 1950, 1995), draw(rng_, 1, 12), 1));
        m.joined = joined.at(static_cast<size_t>(i));
        m.id = w_.membership(g_.organisationId, person, i + 1, m.joined);
        m.shares = std::min(10, 1 + draw(rng_, 0, 4) + draw(rng_, 0, 5) * draw(rng_, 0, 1));
        w_.pledge(m.id, m.joined, m.shares);
        members_.push_back(m);
    }
}

void GroupHistory::meeting(const QDate& day, const QDate& lastMeeting) {
    for (const Member& m : members_)
        if (m.joined > lastFees_ && m.joined <= day)
            payFee(m);
    lastFees_ = day;
    const QString meetingId = w_.meeting(g_.organisationId, day);
    for (Member& m : members_)
        if (m.joined <= day)
            pay(m, day, meetingId);
    for (Member& m : members_)
        if (m.loan < 0 && m.joined.addMonths(6) <= day && draw(rng_, 0, 999) < 25)
            lend(m, day, lastMeeting);
}

void GroupHistory::payFee(const Member& m) {
    receipt(m, m.joined, {}, {{"entrance_fee", kFeeSatang, {}, 0, {}}});
}

void GroupHistory::pay(Member& m, const QDate& day, const QString& meetingId) {
    const QString month = day.toString(QStringLiteral("yyyy-MM"));
    if (m.loan < 0 && m.missedMonth.isEmpty() && draw(rng_, 0, 99) < 2) {
        m.missedMonth = month;  // ผิดสัจจะ: paid next month with a fine
        return;
    }
    const qint64 due = m.shares * kShareSatang;
    QList<ReceiptLineRow> lines;
    if (!m.missedMonth.isEmpty())
        lines.append({"sajja", due, {}, 0, m.missedMonth});
    lines.append({"sajja", due, {}, 0, month});
    if (!m.missedMonth.isEmpty())
        lines.append({"fine", kLateSajjaFineSatang, {}, 0, m.missedMonth});
    m.missedMonth.clear();
    payInstalment(m, day, lines);
    receipt(m, day, meetingId, lines);
}

void GroupHistory::payInstalment(Member& m, const QDate& day, QList<ReceiptLineRow>& lines) {
    if (m.loan < 0)
        return;
    RunningLoan& loan = loans_.at(static_cast<size_t>(m.loan));
    const Instalment& due = loan.schedule.at(loan.next);
    if (due.dueDate != day)
        return;
    if (due.interest.isPositive())
        lines.append({"interest", due.interest.satang(), loan.id, due.number, {}});
    if (due.principal.isPositive())
        lines.append({"principal", due.principal.satang(), loan.id, due.number, {}});
    if (++loan.next == loan.schedule.size())
        m.loan = -1;
}

QString GroupHistory::accountFor(const ReceiptLineRow& line) const {
    const QByteArray kind(line.kind);
    if (kind == "sajja")
        return g_.savings;
    if (kind == "entrance_fee")
        return g_.fees;
    if (kind == "fine")
        return g_.fines;
    return kind == "interest" ? g_.interest : g_.loans;
}

QString GroupHistory::post(const QDate& day, const QString& description, const char* source,
                           const QString& sourceId, const QList<LedgerLine>& lines) {
    return w_.entry({g_.organisationId, ++entryNo_, day, description, source, sourceId}, lines);
}

// As ReceiptPosting: Dr cash for the total; Cr one line per account and loan.
void GroupHistory::receipt(const Member& m, const QDate& day, const QString& meetingId,
                           const QList<ReceiptLineRow>& lines) {
    if (day.year() != receiptYear_) {
        receiptYear_ = day.year();
        receiptNo_ = 0;
    }
    ReceiptRow r{newUuid(), g_.organisationId, ++receiptNo_, day, m.id, 0, {}, meetingId};
    QList<LedgerLine> ledger{{g_.cash, 0, 0, m.id, {}}};
    for (const ReceiptLineRow& line : lines) {
        r.total += line.amount;
        const QString account = accountFor(line);
        auto same = [&](const LedgerLine& l) {
            return l.credit > 0 && l.accountId == account && l.loanId == line.loanId;
        };
        if (auto it = std::find_if(ledger.begin(), ledger.end(), same); it != ledger.end())
            it->credit += line.amount;
        else
            ledger.append({account, 0, line.amount, m.id, line.loanId});
    }
    ledger.first().debit = r.total;
    const QString description =
        QStringLiteral("ใบเสร็จรับเงินเลขที่ %1/%2 %3").arg(r.number).arg(day.year() + 543).arg(m.name);
    r.entryId = post(day, description, "receipt", r.id, ledger);
    w_.receipt(r, lines);
}

void GroupHistory::lend(Member& m, const QDate& day, const QDate& lastMeeting) {
    const int roll = draw(rng_, 0, 99);  // flat, equal principal, annuity, maturity
    const int p = roll < 15 ? 0 : roll < 50 ? 1 : roll < 80 ? 2 : 3;
    const LoanProduct& product = g_.products.at(p);
    const qint64 capBaht = product.absoluteCap.satang() / 100;
    const Money principal = Money::fromBaht(draw(rng_, 2, static_cast<int>(capBaht / 500)) * 500);
    const LoanTerms terms = termsFor(product, principal, product.maxMonths, day);
    if (day.year() != contractYear_) {
        contractYear_ = day.year();
        contractSeq_ = 0;
    }
    RunningLoan loan{newUuid(), buildSchedule(terms), 0};
    LoanRow row{loan.id,
                g_.organisationId,
                m.id,
                product.id,
                g_.rulesId,
                ++contractSeq_,
                day,
                principal.satang(),
                requireStoredDecimal(terms.rate * Ratio(100), QStringLiteral("rate")),
                ratePeriodKey(terms.ratePeriod),
                interestMethodKey(terms.method),
                terms.months,
                p == 2 ? QStringLiteral("ปุ๋ยอินทรีย์ %1 กระสอบ").arg(principal.satang() / 100 / 500)
                       : QString(),
                {},
                loan.schedule.back().dueDate,
                {}};
    if (row.maturity <= lastMeeting)
        row.settledOn = row.maturity;
    const QString what = QStringLiteral("จ่ายเงินกู้สัญญาเลขที่ %1/%2 %3")
                             .arg(row.contractSeq)
                             .arg(day.year() + 543)
                             .arg(m.name);
    row.entryId = post(day, what, "loan", loan.id,
                       {{g_.loans, principal.satang(), 0, m.id, loan.id},
                        {g_.cash, 0, principal.satang(), m.id, loan.id}});
    w_.loan(row, loan.schedule);
    if (principal > product.guarantorThreshold)
        guarantee(loan.id, m, product.guarantorsRequired);
    m.loan = static_cast<int>(loans_.size());
    loans_.push_back(std::move(loan));
}
// Other members of the group, chosen at random, sign as guarantors.
void GroupHistory::guarantee(const QString& loanId, const Member& borrower, int count) {
    QStringList chosen;
    const int last = static_cast<int>(members_.size()) - 1;
    while (chosen.size() < std::min(count, last)) {
        const QString& id = members_.at(static_cast<size_t>(draw(rng_, 0, last))).id;
        if (id != borrower.id && !chosen.contains(id)) {
            chosen.append(id);
            w_.guarantor(loanId, id);
        }
    }
}
}  // namespace

void writeGroupHistory(HistoryWriter& writer, std::mt19937& rng, const BenchGroup& group,
                       int members, const QDate& firstMonth, const QDate& lastMonth) {
    GroupHistory history(writer, rng, group);
    history.enrol(members, firstMonth, lastMonth);
    const QDate lastMeeting(lastMonth.year(), lastMonth.month(), 5);
    for (QDate month = firstMonth; month <= lastMonth; month = month.addMonths(1))
        history.meeting(QDate(month.year(), month.month(), 5), lastMeeting);
}

}  // namespace thanrak::bench
