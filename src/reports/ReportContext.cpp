#include "reports/ReportContext.h"

#include "base/Error.h"
#include "domain/CommitteeRepository.h"
#include "domain/MembershipRepository.h"
#include "domain/OrganisationRepository.h"
#include "domain/PlaceRepository.h"
#include "report/ReportCells.h"
#include "reports/ReportSettings.h"
#include "savings/LoanRepository.h"
#include "storage/Database.h"
#include "thai/NationalId.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

ReportHeader headerFor(const ReportInfo& info, const ReportRequest& request,
                       const QString& period) {
    ReportHeader header;
    header.title = info.title;
    header.period = period;
    header.printedOn = Text::tr("พิมพ์เมื่อ %1").arg(formatThaiDate(request.today));
    return header;
}

QString holderOf(const QList<CommitteeRow>& rows, Committee committee, CommitteeRole role) {
    for (const CommitteeRow& row : rows)
        if (row.term.committee == committee && row.term.role == role)
            return row.personName;
    return {};
}
}  // namespace

QString placeLine(Database& database, const QString& villageCode) {
    const std::optional<VillagePath> path = PlaceRepository(database).villagePath(villageCode);
    if (!path)
        return {};
    return Text::tr("หมู่ที่ %1 %2 ตำบล%3 อำเภอ%4 จังหวัด%5")
        .arg(path->village.moo)
        .arg(path->village.nameTh, path->subdistrictName, path->districtName, path->provinceName);
}

OrganisationReport startOrganisationReport(Database& database, const ReportInfo& info,
                                           const ReportRequest& request, const QString& period) {
    std::optional<Organisation> organisation =
        OrganisationRepository(database).find(request.organisationId);
    if (!organisation)
        throw Error(QStringLiteral("report.request"),
                    Text::tr("ไม่พบองค์กรที่เลือกในไฟล์นี้ กรุณาเลือกองค์กรอีกครั้ง"));
    OrganisationReport report{*organisation, {}};
    report.document.name = info.name;
    report.document.header = headerFor(info, request, period);
    report.document.header.organisation = organisation->name;
    report.document.header.place = placeLine(database, organisation->villageCode);
    report.document.header.logoPng =
        ReportSettingsRepository(database).of(organisation->id).logoPng;
    return report;
}

ReportDocument startDistrictReport(Database& database, const ReportInfo& info,
                                   const ReportRequest& request, const QString& period) {
    ReportDocument document;
    document.name = info.name;
    document.header = headerFor(info, request, period);
    const QList<District> districts = PlaceRepository(database).districtsInUse();
    if (districts.size() == 1) {
        const District& district = districts.front();
        QString province;
        for (const Province& p : PlaceRepository(database).provinces())
            if (p.code == district.provinceCode)
                province = p.nameTh;
        document.header.organisation = Text::tr("สำนักงานพัฒนาชุมชนอำเภอ%1").arg(district.nameTh);
        document.header.place = Text::tr("อำเภอ%1 จังหวัด%2").arg(district.nameTh, province);
    }
    return document;
}

ReportSignatures financeSigners(Database& database, const QString& organisationId,
                                const QDate& day) {
    const QList<CommitteeRow> rows = CommitteeRepository(database).terms(organisationId, day);
    const ReportSettings settings = ReportSettingsRepository(database).of(organisationId);
    const auto either = [](const QString& chosen, const QString& fromTerms) {
        return chosen.isEmpty() ? fromTerms : chosen;
    };
    QString auditor = holderOf(rows, Committee::Audit, CommitteeRole::Chair);
    if (auditor.isEmpty())
        auditor = holderOf(rows, Committee::Audit, CommitteeRole::Member);
    return ReportSignatures{{
        {Text::tr("เหรัญญิก (ผู้จัดทำ)"),
         either(settings.preparer, holderOf(rows, Committee::Executive, CommitteeRole::Treasurer))},
        {Text::tr("ประธานกรรมการ"),
         either(settings.chair, holderOf(rows, Committee::Executive, CommitteeRole::Chair))},
        {Text::tr("ผู้ตรวจสอบ"), either(settings.auditor, auditor)},
    }};
}

PeriodActivity periodActivity(Database& database, const QString& organisationId, const QDate& from,
                              const QDate& to) {
    PeriodActivity a;
    for (const MemberRow& row : MembershipRepository(database).members(organisationId, true)) {
        const Membership& m = row.membership;
        a.activeAtEnd += m.activeOn(to) ? 1 : 0;
        a.joined += (m.joinedOn >= from && m.joinedOn <= to) ? 1 : 0;
        a.left += (!m.leftOn.isNull() && m.leftOn >= from && m.leftOn <= to) ? 1 : 0;
    }
    for (const Loan& loan : LoanRepository(database).list(organisationId))
        if (loan.disbursedOn.isValid() && loan.disbursedOn >= from && loan.disbursedOn <= to) {
            ++a.contractsLent;
            a.lent += loan.terms ? loan.terms->principal : loan.approvedAmount;
        }
    a.loansAtEnd = loanTotalsOn(database, organisationId, to);
    return a;
}

ReportTable statementTable(const QString& caption, const CashBook& book, const QDate& from,
                           const QString& in, const QString& out, double descriptionWeight) {
    ReportTable table;
    table.caption = caption;
    table.columns = {textColumn(Text::tr("วันที่"), 1.5),
                     textColumn(Text::tr("รายการ"), descriptionWeight), amountColumn(in, 1.6),
                     amountColumn(out, 1.6), amountColumn(Text::tr("คงเหลือ"), 1.8)};
    table.rows.append({dateCell(from, true), textCell(Text::tr("ยอดยกมา")), textCell({}),
                       textCell({}), moneyCell(book.opening)});
    for (const CashBookRow& row : book.rows)
        table.rows.append({dateCell(row.date, true), textCell(row.description),
                           moneyOrBlankCell(row.receipt), moneyOrBlankCell(row.payment),
                           moneyCell(row.balance)});
    return table;
}

QString shownId(const QString& nationalId, const ReportRequest& request) {
    if (nationalId.isEmpty())
        return {};
    return request.showFullIds ? formatNationalId(nationalId) : maskNationalId(nationalId);
}

}  // namespace thanrak
