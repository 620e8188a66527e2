#include "otop/OtopRules.h"

#include "money/MoneyFormat.h"

#include <QCoreApplication>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Otop)
};

// Anything above these is a slip of the keyboard (an extra zero or two), not
// a village product: a unit price over one million baht, a month's sales in
// one channel over one hundred million.
const Money kMaxPrice = Money::fromBaht(1'000'000);
const Money kMaxMonthlySales = Money::fromBaht(100'000'000);
const Money kMaxYearlyTarget = Money::fromBaht(1'000'000'000);
constexpr int kMaxQuantity = 100'000'000;

// A C.E. date typed as B.E. (2569 for 2026) lands more than 500 years ahead.
bool looksBuddhistEra(const QDate& date) { return date.isValid() && date.year() >= 2400; }

// Adds a problem for a B.E. year or an absurdly old date; true when it did,
// so the caller's own checks of the date stay quiet.
bool checkDate(FieldProblems& problems, const QString& field, const QDate& date,
               const QString& what) {
    const qsizetype before = problems.size();
    if (looksBuddhistEra(date))
        problems.append({field, Text::tr("%1 ปี %2 ดูเป็นปี พ.ศ. กรุณาใส่วันที่ในปฏิทินตามปกติ "
                                         "(ปี พ.ศ. %2 คือ ค.ศ. %3)")
                                    .arg(what)
                                    .arg(date.year())
                                    .arg(date.year() - 543)});
    else if (date.isValid() && date.year() < 1950)
        problems.append({field, Text::tr("%1 ก่อนปี 1950 ดูไม่ถูกต้อง").arg(what)});
    return problems.size() > before;
}
}  // namespace

ChampionRound defaultChampionRound(int year) {
    ChampionRound round;
    round.year = year;
    round.title = Text::tr("การคัดสรรสุดยอดหนึ่งตำบล หนึ่งผลิตภัณฑ์ไทย ปี %1").arg(year + 543);
    round.partNames[0] = Text::tr("ด้านการผลิตและการบริหารจัดการ");
    round.partNames[1] = Text::tr("ด้านผลิตภัณฑ์ การตลาด และความเป็นมาของผลิตภัณฑ์");
    round.partNames[2] = Text::tr("ด้านคุณภาพผลิตภัณฑ์");
    round.partMax[0] = 25;
    round.partMax[1] = 55;
    round.partMax[2] = 20;
    return round;
}

int starsFor(const ChampionRound& round, int total) {
    if (total >= round.minFive) return 5;
    if (total >= round.minFour) return 4;
    if (total >= round.minThree) return 3;
    if (total >= round.minTwo) return 2;
    return 1;
}

CertificateState certificateState(const ProductCertificate& certificate, const QDate& day,
                                  int warningDays) {
    if (!certificate.expiresOn.isValid()) return CertificateState::NoExpiry;
    if (certificate.expiresOn < day) return CertificateState::Expired;
    if (day.daysTo(certificate.expiresOn) <= warningDays) return CertificateState::Expiring;
    return CertificateState::Valid;
}

FieldProblems validateProducer(const OtopProducer& p, const QDate& today) {
    FieldProblems problems;
    if (p.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), Text::tr("กรุณาใส่ชื่อผู้ผลิตหรือชื่อกลุ่ม")});
    if (p.villageCode.isEmpty())
        problems.append({QStringLiteral("village_code"), Text::tr("กรุณาเลือกหมู่บ้านที่ตั้งของผู้ผลิต")});
    if (p.type == ProducerType::CommunityGroup && p.organisationId.isEmpty())
        problems.append({QStringLiteral("organisation_id"),
                         Text::tr("กลุ่มผู้ผลิตชุมชนต้องเชื่อมกับองค์กรที่ลงทะเบียนไว้ กรุณาเลือกองค์กร")});
    if (p.type == ProducerType::SingleOwner && p.personId.isEmpty())
        problems.append({QStringLiteral("person_id"),
                         Text::tr("ผู้ผลิตรายเดียวต้องเชื่อมกับบุคคลที่เป็นเจ้าของ กรุณาเลือกบุคคล")});
    if (p.organisationId.isEmpty() && p.personId.isEmpty() && p.type == ProducerType::Sme)
        problems.append({QStringLiteral("organisation_id"),
                         Text::tr("กรุณาเลือกองค์กรหรือบุคคลที่เป็นเจ้าของกิจการ")});
    if (p.memberCount < 0 || p.memberCount > 100000)
        problems.append({QStringLiteral("member_count"), Text::tr("จำนวนสมาชิกต้องอยู่ระหว่าง 0 ถึง 100,000 คน")});
    if (!checkDate(problems, QStringLiteral("registered_on"), p.registeredOn, Text::tr("วันที่ลงทะเบียน")) &&
        p.registeredOn.isValid() && p.registeredOn > today)
        problems.append({QStringLiteral("registered_on"), Text::tr("วันที่ลงทะเบียนต้องไม่เกินวันนี้")});
    return problems;
}

FieldProblems validateProduct(const OtopProduct& p) {
    FieldProblems problems;
    if (p.producerId.isEmpty())
        problems.append({QStringLiteral("producer_id"), Text::tr("กรุณาเลือกผู้ผลิต")});
    if (p.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), Text::tr("กรุณาใส่ชื่อผลิตภัณฑ์")});
    if (p.unit.trimmed().isEmpty())
        problems.append({QStringLiteral("unit"), Text::tr("กรุณาใส่หน่วยนับ เช่น ชิ้น ถุง ผืน ขวด")});
    if (p.price.isNegative())
        problems.append({QStringLiteral("price"), Text::tr("ราคาต่อหน่วยต้องไม่ติดลบ")});
    else if (p.price > kMaxPrice)
        problems.append({QStringLiteral("price"),
                         Text::tr("ราคาต่อหน่วย %1 บาท สูงเกินไป กรุณาตรวจดูจำนวนศูนย์").arg(formatMoney(p.price))});
    if (p.monthlyCapacity < 0 || p.monthlyCapacity > kMaxQuantity)
        problems.append({QStringLiteral("monthly_capacity"),
                         Text::tr("กำลังการผลิตต่อเดือนต้องอยู่ระหว่าง 0 ถึง 100,000,000 หน่วย")});
    return problems;
}

FieldProblems validateCertificate(const ProductCertificate& c, const QDate& today) {
    FieldProblems problems;
    if (c.productId.isEmpty())
        problems.append({QStringLiteral("product_id"), Text::tr("กรุณาเลือกผลิตภัณฑ์")});
    if (c.number.trimmed().isEmpty())
        problems.append({QStringLiteral("number"), Text::tr("กรุณาใส่เลขที่ใบรับรองหรือเลขทะเบียน")});
    if (!c.issuedOn.isValid())
        problems.append({QStringLiteral("issued_on"), Text::tr("กรุณาใส่วันที่ออกใบรับรอง")});
    const bool badIssue = checkDate(problems, QStringLiteral("issued_on"), c.issuedOn, Text::tr("วันที่ออก"));
    const bool badExpiry = checkDate(problems, QStringLiteral("expires_on"), c.expiresOn, Text::tr("วันหมดอายุ"));
    if (!badIssue && c.issuedOn.isValid() && c.issuedOn > today)
        problems.append({QStringLiteral("issued_on"), Text::tr("วันที่ออกใบรับรองต้องไม่เกินวันนี้")});
    if (!badIssue && !badExpiry && c.issuedOn.isValid() && c.expiresOn.isValid() &&
        c.expiresOn <= c.issuedOn)
        problems.append({QStringLiteral("expires_on"), Text::tr("วันหมดอายุต้องอยู่หลังวันที่ออก")});
    return problems;
}

FieldProblems validateRound(const ChampionRound& r) {
    FieldProblems problems;
    if (r.year < 1950 || r.year > 2200)
        problems.append({QStringLiteral("year"),
                         r.year >= 2400 ? Text::tr("ปี %1 ดูเป็นปี พ.ศ. ระบบเก็บปี ค.ศ. (%2)")
                                              .arg(r.year)
                                              .arg(r.year - 543)
                                        : Text::tr("ปีของรอบคัดสรรไม่ถูกต้อง")});
    if (r.title.trimmed().isEmpty())
        problems.append({QStringLiteral("title"), Text::tr("กรุณาใส่ชื่อรอบการคัดสรร")});
    for (int i = 0; i < 3; ++i) {
        const QString field = QStringLiteral("part%1").arg(i + 1);
        if (r.partNames[i].trimmed().isEmpty())
            problems.append({field, Text::tr("กรุณาใส่ชื่อส่วนที่ %1 ของแบบให้คะแนน").arg(i + 1)});
        if (r.partMax[i] <= 0 || r.partMax[i] > 1000)
            problems.append({field, Text::tr("คะแนนเต็มส่วนที่ %1 ต้องอยู่ระหว่าง 1 ถึง 1,000").arg(i + 1)});
    }
    if (!(r.minTwo > 0 && r.minThree > r.minTwo && r.minFour > r.minThree && r.minFive > r.minFour))
        problems.append({QStringLiteral("thresholds"),
                         Text::tr("เกณฑ์คะแนนต้องเรียงจากมากไปน้อย: 5 ดาว > 4 ดาว > 3 ดาว > 2 ดาว > 0")});
    else if (r.minFive > r.fullMarks())
        problems.append({QStringLiteral("thresholds"),
                         Text::tr("เกณฑ์ 5 ดาว (%1) เกินคะแนนเต็ม (%2)").arg(r.minFive).arg(r.fullMarks())});
    return problems;
}

FieldProblems validateRating(const ChampionRound& round, const ProductRating& rating,
                             const QDate& today) {
    FieldProblems problems;
    if (rating.productId.isEmpty())
        problems.append({QStringLiteral("product_id"), Text::tr("กรุณาเลือกผลิตภัณฑ์")});
    for (int i = 0; i < 3; ++i)
        if (rating.parts[i] < 0 || rating.parts[i] > round.partMax[i])
            problems.append({QStringLiteral("part%1").arg(i + 1),
                             Text::tr("คะแนนส่วนที่ %1 (%2) ต้องอยู่ระหว่าง 0 ถึง %3")
                                 .arg(i + 1)
                                 .arg(rating.parts[i])
                                 .arg(round.partMax[i])});
    if (!checkDate(problems, QStringLiteral("rated_on"), rating.ratedOn, Text::tr("วันที่ประกาศผล")) &&
        rating.ratedOn.isValid() && rating.ratedOn > today)
        problems.append({QStringLiteral("rated_on"), Text::tr("วันที่ประกาศผลต้องไม่เกินวันนี้")});
    return problems;
}

FieldProblems validateSales(const MonthlySales& s, const QDate& today) {
    FieldProblems problems;
    if (s.productId.isEmpty())
        problems.append({QStringLiteral("product_id"), Text::tr("กรุณาเลือกผลิตภัณฑ์")});
    if (s.channelId.isEmpty())
        problems.append({QStringLiteral("channel_id"), Text::tr("กรุณาเลือกช่องทางการขาย")});
    if (!s.month.isValid())
        problems.append({QStringLiteral("month"), Text::tr("กรุณาเลือกเดือน")});
    else if (looksBuddhistEra(s.month))
        checkDate(problems, QStringLiteral("month"), s.month, Text::tr("เดือน"));
    else if (s.month > QDate(today.year(), today.month(), 1))
        problems.append({QStringLiteral("month"), Text::tr("บันทึกยอดขายของเดือนที่ยังไม่ถึงไม่ได้")});
    if (s.quantity < 0 || s.quantity > kMaxQuantity)
        problems.append({QStringLiteral("quantity"), Text::tr("จำนวนที่ขายต้องอยู่ระหว่าง 0 ถึง 100,000,000")});
    if (s.amount.isNegative())
        problems.append({QStringLiteral("amount"), Text::tr("ยอดขายต้องไม่ติดลบ")});
    else if (s.amount > kMaxMonthlySales)
        problems.append({QStringLiteral("amount"),
                         Text::tr("ยอดขาย %1 บาท ในเดือนเดียวสูงเกินไป กรุณาตรวจดูจำนวนศูนย์")
                             .arg(formatMoney(s.amount))});
    if (s.amount.isZero() && s.quantity > 0)
        problems.append({QStringLiteral("amount"), Text::tr("มีจำนวนที่ขายแต่ไม่มียอดขาย กรุณาใส่ยอดขายเป็นบาท")});
    return problems;
}

FieldProblems validateTarget(const SalesTarget& t) {
    FieldProblems problems;
    if (t.productId.isEmpty())
        problems.append({QStringLiteral("product_id"), Text::tr("กรุณาเลือกผลิตภัณฑ์")});
    if (t.year >= 2400)
        problems.append({QStringLiteral("year"),
                         Text::tr("ปี %1 ดูเป็นปี พ.ศ. ระบบเก็บปี ค.ศ. (%2)").arg(t.year).arg(t.year - 543)});
    else if (t.year < 1950 || t.year > 2200)
        problems.append({QStringLiteral("year"), Text::tr("ปีของเป้าหมายไม่ถูกต้อง")});
    if (!t.amount.isPositive())
        problems.append({QStringLiteral("amount"), Text::tr("เป้าหมายยอดขายต้องมากกว่าศูนย์")});
    else if (t.amount > kMaxYearlyTarget)
        problems.append({QStringLiteral("amount"),
                         Text::tr("เป้าหมาย %1 บาท สูงเกินไป กรุณาตรวจดูจำนวนศูนย์").arg(formatMoney(t.amount))});
    if (t.quantity < 0 || t.quantity > kMaxQuantity)
        problems.append({QStringLiteral("quantity"), Text::tr("เป้าหมายจำนวนต้องอยู่ระหว่าง 0 ถึง 100,000,000")});
    return problems;
}

}  // namespace thanrak
