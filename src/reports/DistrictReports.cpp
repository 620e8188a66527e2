#include "report/ReportCells.h"
#include "reports/ReportBuilders.h"
#include "reports/ReportContext.h"

#include "domain/MembershipRepository.h"
#include "domain/OrganisationRepository.h"
#include "exchange/ExchangeRecords.h"
#include "fund/FundOverview.h"
#include "ledger/Balances.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "savings/LoanRegister.h"
#include "thai/ThaiCollation.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak::reports {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Books older than this on the report's day are called stale: a group meets
// monthly, so two missed meetings.
constexpr qint64 kStaleDays = kStaleArrivalDays;

bool keepsBooks(OrganisationKind kind) {
    return kind == OrganisationKind::SavingsGroup || kind == OrganisationKind::VillageFund;
}

// Organisations with books, by tambon, then village, then name.
QList<OrganisationSummary> financeOrganisations(Database& db, const ReportRequest& request) {
    OrganisationFilter filter;
    filter.subdistrictCode = request.subdistrictCode;
    QList<OrganisationSummary> rows;
    for (const OrganisationSummary& row : OrganisationRepository(db).list(filter))
        if (keepsBooks(row.organisation.kind))
            rows.append(row);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const OrganisationSummary& a, const OrganisationSummary& b) {
                         if (a.subdistrictName != b.subdistrictName)
                             return compareThai(a.subdistrictName, b.subdistrictName) < 0;
                         return a.organisation.villageCode < b.organisation.villageCode;
                     });
    return rows;
}

// Members on the report's day, not today's count.
int membersOn(Database& db, const QString& organisationId, const QDate& day) {
    int count = 0;
    for (const MemberRow& m : MembershipRepository(db).members(organisationId, true))
        count += m.membership.activeOn(day) ? 1 : 0;
    return count;
}

struct Figures {
    int members = 0;
    Money savings;  // sajja, deposits and shares the members hold
    Money outstanding;
    Money inArrears;
    void add(const Figures& other) {
        members += other.members;
        savings += other.savings;
        outstanding += other.outstanding;
        inArrears += other.inArrears;
    }
};

Figures figuresOf(Database& db, const OrganisationSummary& row, const QDate& day) {
    Figures f;
    f.members = membersOn(db, row.organisation.id, day);
    ChartOfAccounts chart(db);
    for (AccountRole role :
         {AccountRole::MemberSavings, AccountRole::MemberDeposits, AccountRole::MemberShares})
        if (const std::optional<Account> account = chart.byRole(row.organisation.id, role))
            f.savings += Balances(db).accountBalance(account->id, day);
    const LoanRegisterTotals totals = loanTotalsOn(db, row.organisation.id, day);
    f.outstanding = totals.outstanding;
    f.inArrears = totals.outstandingInArrears;
    return f;
}

CellRow figureCells(const Figures& f, bool bold) {
    return {numberCell(f.members, bold), moneyCell(f.savings, bold), moneyCell(f.outstanding, bold),
            Cell{percentTwoPlaces(arrearsPercent(f.inArrears, f.outstanding)),
                 {},
                 CellAlign::Right,
                 bold,
                 1}};
}
}  // namespace

namespace {
ReportTable tambonTable(const QString& tambon) {
    ReportTable table;
    table.caption = Text::tr("ตำบล%1").arg(tambon);
    table.columns = {
        textColumn(Text::tr("หมู่บ้าน"), 2.2),        textColumn(Text::tr("องค์กร"), 4),
        amountColumn(Text::tr("สมาชิก (คน)"), 1),   amountColumn(Text::tr("เงินออม / หุ้น"), 1.6),
        amountColumn(Text::tr("เงินกู้คงเหลือ"), 1.6), amountColumn(Text::tr("ค้างชำระ (%)"), 1)};
    return table;
}
}  // namespace

ReportDocument districtSummary(Database& db, const ReportInfo& info, const ReportRequest& request) {
    ReportDocument document = startDistrictReport(db, info, request, asOfPeriodText(request.to));
    document.landscape = true;
    ReportTable overview;
    overview.caption = Text::tr("สรุปรายตำบล");
    overview.columns = {
        textColumn(Text::tr("ตำบล"), 2),           amountColumn(Text::tr("องค์กร (แห่ง)"), 1),
        amountColumn(Text::tr("สมาชิก (คน)"), 1),   amountColumn(Text::tr("เงินออม / หุ้น"), 1.6),
        amountColumn(Text::tr("เงินกู้คงเหลือ"), 1.6), amountColumn(Text::tr("ค้างชำระ (%)"), 1)};
    QList<ReportTable> details;
    Figures tambon, district;
    int organisations = 0, all = 0;
    QString current;  // the tambon whose table is open
    const auto closeTambon = [&] {
        if (details.isEmpty())
            return;
        CellRow cells = {labelCell(Text::tr("รวม"), 2)};
        cells.append(figureCells(tambon, true));
        details.last().rows.append(cells);
        CellRow line = {textCell(current), numberCell(organisations)};
        line.append(figureCells(tambon, false));
        overview.rows.append(line);
        tambon = {};
        organisations = 0;
    };
    for (const OrganisationSummary& row : financeOrganisations(db, request)) {
        if (details.isEmpty() || row.subdistrictName != current) {
            closeTambon();
            current = row.subdistrictName;
            details.append(tambonTable(current));
        }
        const Figures f = figuresOf(db, row, request.to);
        CellRow cells = {textCell(row.villageLabel), textCell(row.organisation.name)};
        cells.append(figureCells(f, false));
        details.last().rows.append(cells);
        tambon.add(f);
        district.add(f);
        ++organisations;
        ++all;
    }
    closeTambon();
    CellRow total = {labelCell(Text::tr("รวมทั้งอำเภอ"), 1), numberCell(all, true)};
    total.append(figureCells(district, true));
    overview.rows.append(total);
    document.add(overview);
    document.add(
        ReportParagraph{Text::tr("ค้างชำระ (%) คือเงินต้นของสัญญาที่เลยกำหนดชำระ หารด้วยเงินกู้คงเหลือทั้งหมด "
                                 "เงินออม / หุ้น รวมเงินสัจจะ เงินฝาก และค่าหุ้นของสมาชิก"),
                        false, CellAlign::Left});
    for (const ReportTable& table : details) document.add(table);
    return document;
}

ReportDocument staleData(Database& db, const ReportInfo& info, const ReportRequest& request) {
    ReportDocument document = startDistrictReport(db, info, request, asOfPeriodText(request.to));
    document.landscape = true;  // six columns: names and follow-ups keep to one line
    const QHash<QString, QDate> latest = Journal(db).latestEntryDates(request.to);
    const QHash<QString, QDateTime> arrived = lastArrivals(db);
    ReportTable table;
    table.columns = {textColumn(Text::tr("ตำบล"), 1.6), textColumn(Text::tr("องค์กร"), 4),
                     textColumn(Text::tr("บันทึกล่าสุด"), 1.8),
                     amountColumn(Text::tr("ผ่านมา (วัน)"), 1.2),
                     textColumn(Text::tr("ข้อมูลส่งมาถึง"), 1.8),
                     textColumn(Text::tr("สิ่งที่ควรติดตาม"), 3.2)};
    int fine = 0;
    for (const OrganisationSummary& row : financeOrganisations(db, request)) {
        const QDate last = latest.value(row.organisation.id);
        QString problem;
        if (membersOn(db, row.organisation.id, request.to) == 0)
            problem = Text::tr("ยังไม่มีรายชื่อสมาชิก");
        else if (!last.isValid())
            problem = Text::tr("ยังไม่มีข้อมูลบัญชี");
        else if (last.daysTo(request.to) > kStaleDays)
            problem = Text::tr("ไม่มีรายการใหม่เกิน %1 วัน").arg(kStaleDays);
        // At the district office: the village has not sent a bundle for long.
        const QDate arrival = arrived.value(row.organisation.id).toLocalTime().date();
        if (problem.isEmpty() && arrival.isValid() && arrival.daysTo(request.to) > kStaleDays)
            problem = Text::tr("ไม่ได้ส่งข้อมูลมาเกิน %1 วัน").arg(kStaleDays);
        if (problem.isEmpty()) {
            ++fine;
            continue;
        }
        table.rows.append({textCell(row.subdistrictName), textCell(row.organisation.name),
                           last.isValid() ? dateCell(last, true) : textCell({}),
                           last.isValid() ? numberCell(last.daysTo(request.to)) : textCell({}),
                           arrival.isValid() ? dateCell(arrival, true) : textCell({}),
                           textCell(problem)});
    }
    document.add(ReportParagraph{Text::tr("องค์กรที่ข้อมูลขาดหรือไม่เป็นปัจจุบัน %1 แห่ง ข้อมูลเป็นปัจจุบัน %2 แห่ง")
                                     .arg(table.rows.size())
                                     .arg(fine),
                                 true, CellAlign::Left});
    document.add(table);
    return document;
}

}  // namespace thanrak::reports
