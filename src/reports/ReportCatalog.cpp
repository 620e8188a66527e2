#include "reports/ReportCatalog.h"

#include "base/Error.h"
#include "cbmc/PlanRepository.h"
#include "domain/OrganisationRepository.h"
#include "reports/ReportBuilders.h"
#include "thai/ThaiDate.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using Builder = ReportDocument (*)(Database&, const ReportInfo&, const ReportRequest&);

ReportInfo entry(const char* name, const QString& title, const QString& purpose, ReportScope scope,
                 ReportPeriod period, Builder builder) {
    ReportInfo info{QString::fromLatin1(name), title, purpose, scope, period, {}};
    info.build = [builder, info](Database& db, const ReportRequest& request) {
        return builder(db, info, request);
    };
    return info;
}

QList<ReportInfo> makeCatalog() {
    using S = ReportScope;
    using P = ReportPeriod;
    namespace r = reports;
    return {
        entry("receipts", Text::tr("ใบเสร็จรับเงิน"),
              Text::tr("ใบเสร็จที่ออกในช่วงวันที่ หน้าละหนึ่งใบ พร้อมจำนวนเงินเป็นตัวอักษรและช่องลงชื่อ"), S::Finance,
              P::Range, r::receipts),
        entry("passbook", Text::tr("รายการเคลื่อนไหวบัญชีสมาชิก"),
              Text::tr("รายการฝาก ถอน และเงินกู้ของสมาชิกทีละคน พร้อมยอดคงเหลือ ใช้แทนสมุดคู่ฝาก"), S::Finance,
              P::Range, r::passbook),
        entry("meeting-report", Text::tr("รายงานประจำเดือน"),
              Text::tr("เงินที่สมาชิกแต่ละคนส่งในเดือน และสรุปเงินสด เงินกู้ เงินสัจจะ สำหรับรายงานที่ประชุม"),
              S::Finance, P::Month, r::meetingReport),
        entry("sajja-grid", Text::tr("ทะเบียนเงินสัจจะรายเดือน"),
              Text::tr("เงินสัจจะของสมาชิกทุกคนทีละเดือนตลอดปี ช่องว่างคือเดือนที่ยังไม่ได้ส่ง"), S::Finance,
              P::Year, r::sajjaGrid),
        entry("loan-register", Text::tr("ทะเบียนเงินกู้"),
              Text::tr("สัญญาเงินกู้ที่ยังผ่อนอยู่ ยอดคงเหลือ และตารางผ่อนชำระของแต่ละสัญญา"), S::Finance,
              P::AsOf, r::loanRegister),
        entry("arrears", Text::tr("รายชื่อติดตามการชำระเงินกู้"),
              Text::tr("สัญญาที่ถึงกำหนดแล้วยังไม่ได้ชำระ เพื่อให้กรรมการช่วยสมาชิกวางแผนชำระ"), S::Finance,
              P::AsOf, r::arrearsList),
        entry("cash-book", Text::tr("สมุดเงินสด"),
              Text::tr("รายการรับจ่ายเงินสดตามลำดับวันที่ พร้อมยอดคงเหลือ"), S::Finance, P::Range,
              r::cashBook),
        entry("trial-balance", Text::tr("งบทดลอง"),
              Text::tr("ยอดคงเหลือทุกบัญชี ณ วันที่เลือก ด้านเดบิตต้องเท่ากับด้านเครดิต"), S::Finance, P::AsOf,
              r::trialBalance),
        entry("income-statement", Text::tr("งบรายได้และค่าใช้จ่าย"),
              Text::tr("รายได้ ค่าใช้จ่าย และกำไรสุทธิของช่วงวันที่"), S::Finance, P::Range,
              r::incomeStatement),
        entry("balance-sheet", Text::tr("งบดุล"), Text::tr("สินทรัพย์ หนี้สิน และทุน ณ วันที่เลือก"),
              S::Finance, P::AsOf, r::balanceSheet),
        entry("allocation-list", Text::tr("บัญชีรายชื่อรับเงินปันผลและเงินเฉลี่ยคืน"),
              Text::tr("เงินปันผลและเงินเฉลี่ยคืนของสมาชิกแต่ละคน พร้อมช่องลงชื่อรับเงิน"), S::Finance, P::Year,
              r::allocationList),
        entry("sign-in", Text::tr("บัญชีลงชื่อผู้เข้าประชุม"),
              Text::tr("รายชื่อสมาชิกพร้อมช่องลงลายมือชื่อ สำหรับวันประชุม"), S::Finance, P::AsOf,
              r::signInSheet),
        entry("annual-report", Text::tr("รายงานประจำปีเสนอที่ประชุมใหญ่"),
              Text::tr("สมาชิก เงินกู้ งบรายได้และค่าใช้จ่าย งบดุล และการจัดสรรกำไรของปี "
                       "สำหรับการประชุมใหญ่สามัญประจำปี"),
              S::Finance, P::Year, r::annualReport),
        entry("pool-books", Text::tr("รายงานการเงินแยกตามแหล่งเงินทุน"),
              Text::tr("เงินของแต่ละแหล่งเงินทุนและสมุดบัญชีธนาคารของแต่ละบัญชี"), S::Fund, P::Range,
              r::poolBalances),
        entry("round-approvals", Text::tr("บัญชีรายชื่อผู้ขอกู้และผลการพิจารณา"),
              Text::tr("คำขอกู้ของแต่ละรอบในปี ผลการพิจารณา และช่องลงชื่อคณะกรรมการเงินกู้"), S::Fund, P::Year,
              r::roundApprovals),
        entry("grading-sheet", Text::tr("แบบประเมินผลกองทุนหมู่บ้าน"),
              Text::tr("คะแนนแต่ละตัวชี้วัด คะแนนรวม และระดับของกองทุนในปีที่เลือก"), S::Fund, P::Year,
              r::gradingSheet),
        entry(
            "district-summary", Text::tr("สรุปองค์กรการเงินชุมชนรายตำบล"),
            Text::tr("สมาชิก เงินออม เงินกู้คงเหลือ และร้อยละค้างชำระ ขององค์กรทุกแห่ง รวมรายตำบลและทั้งอำเภอ"),
            S::District, P::AsOf, r::districtSummary),
        entry("stale-data", Text::tr("องค์กรที่ข้อมูลขาดหรือไม่เป็นปัจจุบัน"),
              Text::tr("องค์กรที่ยังไม่มีสมาชิกหรือบัญชี หรือไม่มีรายการใหม่เกิน 60 วัน"), S::District, P::AsOf,
              r::staleData),
        // OTOP products: the sheet prints every product when none is chosen.
        entry("product-sheet", Text::tr("ข้อมูลผลิตภัณฑ์ OTOP"),
              Text::tr("ผู้ผลิต รายละเอียดและรูปผลิตภัณฑ์ ใบรับรองมาตรฐาน ผลการคัดสรรระดับดาว "
                       "และยอดขายเทียบเป้าหมายของปี หน้าละหนึ่งผลิตภัณฑ์"),
              S::District, P::AsOf, r::productSheet),
        entry("otop-summary", Text::tr("สรุปผลิตภัณฑ์ OTOP ระดับอำเภอ"),
              Text::tr("จำนวนผลิตภัณฑ์ตามหมวดและระดับดาว สรุปรายตำบล และยอดขายเทียบเป้าหมายของปี"),
              S::District, P::Year, r::otopSummary),
        entry("certificate-expiry", Text::tr("ใบรับรองมาตรฐานที่ใกล้หมดอายุ"),
              Text::tr("ใบรับรองที่จะหมดอายุภายใน 90 วันและที่หมดอายุแล้ว พร้อมเบอร์โทรผู้ผลิต "
                       "เพื่อแจ้งให้ต่ออายุ"),
              S::District, P::AsOf, r::certificateExpiry),
        // Community business plans: printed from the plan page, which knows the plan.
        entry("business-canvas", Text::tr("แคนวาสแผนธุรกิจชุมชน"),
              Text::tr("แคนวาส 9 ช่องของแผนธุรกิจชุมชนฉบับที่เลือกบนกระดาษแนวนอนหนึ่งหน้า "
                       "พร้อมรายได้ ค่าใช้จ่าย และกำไรที่คาดไว้"),
              S::Plan, P::AsOf, r::businessCanvas),
        entry("business-plan", Text::tr("แผนธุรกิจชุมชน"),
              Text::tr("เอกสารแผนธุรกิจชุมชน: ผลิตภัณฑ์ แคนวาสทีละช่อง ตัวเลขที่คาดไว้เทียบยอดขายและบัญชีของปี "
                       "การพัฒนาศักยภาพ (KSNB) และความก้าวหน้าสี่ขั้นตอน พร้อมช่องลงชื่อ"),
              S::Plan, P::Year, r::businessPlan),
        entry("business-plans-district", Text::tr("แผนธุรกิจชุมชนรายอำเภอ"),
              Text::tr("แผนธุรกิจชุมชนทุกแผนเรียงตามตำบล ฉบับล่าสุด ขั้นตอนที่ทำถึง และกำไรที่คาดไว้"),
              S::District, P::AsOf, r::districtPlans),
    };
}

[[noreturn]] void refuse(const QString& message) {
    throw Error(QStringLiteral("report.request"), message);
}
}  // namespace

const QList<ReportInfo>& reportCatalog() {
    static const QList<ReportInfo> catalog = makeCatalog();
    return catalog;
}

std::optional<ReportInfo> findReport(const QString& name) {
    for (const ReportInfo& info : reportCatalog())
        if (info.name == name)
            return info;
    return std::nullopt;
}

bool reportFitsKind(ReportScope scope, OrganisationKind kind) {
    switch (scope) {
        case ReportScope::Fund:
            return kind == OrganisationKind::VillageFund;
        case ReportScope::Finance:
            return kind == OrganisationKind::VillageFund || kind == OrganisationKind::SavingsGroup;
        case ReportScope::District:
        case ReportScope::Plan:
            return false;
    }
    return false;
}

ReportRequest completeDates(const ReportInfo& info, ReportRequest request) {
    if (!request.today.isValid())
        request.today = QDate::currentDate();
    if (!request.to.isValid())
        request.to = request.today;
    switch (info.period) {
        case ReportPeriod::AsOf:
            request.from = request.to;
            break;
        case ReportPeriod::Range:
            if (!request.from.isValid())
                request.from = QDate(request.to.year(), 1, 1);
            break;
        case ReportPeriod::Month:
            request.from = QDate(request.to.year(), request.to.month(), 1);
            request.to = request.from.addMonths(1).addDays(-1);
            break;
        case ReportPeriod::Year:
            request.from = QDate(request.to.year(), 1, 1);
            request.to = QDate(request.to.year(), 12, 31);
            break;
    }
    return request;
}

ReportDocument buildReport(Database& database, const ReportInfo& info, ReportRequest request) {
    request = completeDates(info, request);
    if (request.from > request.to)
        refuse(Text::tr("วันเริ่มต้น (%1) อยู่หลังวันสิ้นสุด (%2) กรุณาแก้ช่วงวันที่")
                   .arg(formatThaiDate(request.from), formatThaiDate(request.to)));
    if (info.scope == ReportScope::Plan) {
        if (request.planId.isEmpty() || !PlanRepository(database).find(request.planId))
            refuse(Text::tr("รายงาน \"%1\" ต้องเลือกแผนธุรกิจชุมชนก่อน")
                       .arg(info.title));
    } else if (info.scope != ReportScope::District) {
        const std::optional<Organisation> organisation =
            OrganisationRepository(database).find(request.organisationId);
        if (!organisation)
            refuse(Text::tr("รายงาน \"%1\" ต้องเลือกองค์กรก่อน").arg(info.title));
        if (!reportFitsKind(info.scope, organisation->kind))
            refuse(Text::tr("รายงาน \"%1\" ใช้กับ%2ไม่ได้ เลือก%3")
                       .arg(info.title, organisationKindLabel(organisation->kind),
                            info.scope == ReportScope::Fund ? Text::tr("กองทุนหมู่บ้าน")
                                                            : Text::tr("กลุ่มออมทรัพย์หรือกองทุนหมู่บ้าน")));
    }
    return info.build(database, request);
}

}  // namespace thanrak
