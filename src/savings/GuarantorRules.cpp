#include "savings/GuarantorRules.h"

#include "money/MoneyFormat.h"

#include <QCoreApplication>
#include <QSet>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};

void add(FieldProblems& problems, const QString& message) {
    problems.append({QStringLiteral("guarantors"), message});
}

void checkOne(const LoanProduct& product, const GuaranteeRequest& request,
              const GuarantorCandidate& g, FieldProblems& problems) {
    if (g.personId == request.borrowerPersonId)
        add(problems, Text::tr("ผู้กู้ค้ำประกันเงินกู้ของตนเองไม่ได้"));
    else if (!request.borrowerSpousePersonId.isEmpty() &&
             g.personId == request.borrowerSpousePersonId)
        add(problems, Text::tr("%1 เป็นคู่สมรสของผู้กู้ จึงค้ำประกันไม่ได้").arg(g.name));
    if (!g.activeMember)
        add(problems, Text::tr("%1 ไม่ได้เป็นสมาชิกอยู่ จึงค้ำประกันไม่ได้").arg(g.name));
    if (g.currentGuarantees >= product.maxGuaranteesPerMember)
        add(problems, Text::tr("%1 ค้ำประกันอยู่แล้ว %2 สัญญา ซึ่งครบจำนวนที่ระเบียบกำหนด")
                          .arg(g.name)
                          .arg(g.currentGuarantees));
    if (product.maxExposurePerGuarantor.isPositive() &&
        g.currentExposure + request.amount > product.maxExposurePerGuarantor)
        add(problems, Text::tr("%1 ค้ำประกันเงินกู้คงค้างอยู่ %2 บาท รวมสัญญานี้จะเกินวงเงิน %3 บาท")
                          .arg(g.name, formatMoney(g.currentExposure),
                               formatMoney(product.maxExposurePerGuarantor)));
}
}  // namespace

FieldProblems checkGuarantors(const LoanProduct& product, const GuaranteeRequest& request,
                              const QList<GuarantorCandidate>& guarantors) {
    FieldProblems problems;
    if (request.amount > product.guarantorThreshold &&
        guarantors.size() < product.guarantorsRequired)
        add(problems, Text::tr("เงินกู้เกิน %1 บาท ต้องมีผู้ค้ำประกัน %2 คน (ระบุมา %3 คน)")
                          .arg(formatMoney(product.guarantorThreshold))
                          .arg(product.guarantorsRequired)
                          .arg(guarantors.size()));
    QSet<QString> seen;
    for (const GuarantorCandidate& g : guarantors) {
        if (seen.contains(g.personId)) {
            add(problems, Text::tr("ระบุ %1 เป็นผู้ค้ำประกันซ้ำ").arg(g.name));
            continue;
        }
        seen.insert(g.personId);
        checkOne(product, request, g, problems);
    }
    return problems;
}

}  // namespace thanrak
