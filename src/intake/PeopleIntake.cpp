#include "intake/PeopleIntake.h"

#include "domain/MembershipRepository.h"
#include "domain/PersonRepository.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Journal.h"
#include "money/MoneyFormat.h"
#include "savings/PledgeRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "thai/NationalId.h"
#include "thai/ThaiDigits.h"
#include "thai/ThaiText.h"

#include <QCoreApplication>
#include <QSet>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Intake)
};

const QStringList& titles() {
    static const QStringList list = {QStringLiteral("นางสาว"), QStringLiteral("นาง"), QStringLiteral("นาย"),
                                     QStringLiteral("ด.ช."),   QStringLiteral("ด.ญ."), QStringLiteral("เด็กชาย"),
                                     QStringLiteral("เด็กหญิง"), QStringLiteral("น.ส.")};
    return list;
}

// A vowel or tone mark cannot begin a name: "นางสาวิตรี" is นาง + สาวิตรี.
bool startsWithMark(const QString& text) {
    if (text.isEmpty())
        return false;
    const char16_t c = text.front().unicode();
    return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

// "นางสมศรี ใจดี" -> นาง / สมศรี / ใจดี
void splitFullName(const QString& text, Person& person) {
    QString rest = text;
    for (const QString& title : titles())
        if (rest.startsWith(title) && !startsWithMark(rest.mid(title.size()))) {
            person.title = title == QLatin1String("น.ส.") ? QStringLiteral("นางสาว") : title;
            rest = rest.mid(title.size()).trimmed();
            break;
        }
    const qsizetype space = rest.indexOf(QLatin1Char(' '));
    person.firstName = space < 0 ? rest : rest.left(space);
    person.lastName = space < 0 ? QString() : rest.mid(space + 1).trimmed();
}

struct RowReader {
    const Sheet& sheet;
    const IntakeMapping& mapping;
    const QString& file;
    const QStringList& cells;
    IntakeRow& row;

    QString cell(IntakeField field) const {
        const int column = mapping.column(field);
        if (column < 0 || column >= cells.size())
            return {};
        return toArabicDigits(cleanThaiText(cells.at(column)));
    }
    void problem(IntakeField field, const QString& message) {
        const int column = mapping.column(field);
        const QString name = column >= 0 && column < sheet.header.size() ? sheet.header.at(column)
                                                                         : intakeFieldTitle(field);
        row.problems << Error(QStringLiteral("intake.row"), message, {file, row.row, name});
    }
    QDate date(IntakeField field) {
        const QString text = cell(field);
        if (text.isEmpty())
            return {};
        const DateParseResult parsed = tryParseThaiDate(text, mapping.era);
        if (!parsed.ok())
            problem(field, parsed.message);
        return parsed.date;
    }
};
}  // namespace

int IntakePlan::cleanRows() const {
    int n = 0;
    for (const IntakeRow& row : rows)
        n += row.clean() ? 1 : 0;
    return n;
}

QList<Error> IntakePlan::problems() const {
    QList<Error> list;
    for (const IntakeRow& row : rows)
        list << row.problems;
    return list;
}

IntakePlan planIntake(Database& database, const QString& organisationId, const Sheet& sheet,
                      const IntakeMapping& mapping, const QString& fileName) {
    IntakePlan plan;
    plan.organisationId = organisationId;
    PersonRepository people(database);
    MembershipRepository memberships(database);
    QSet<QString> takenNos;
    QSet<QString> memberPeople;
    for (const MemberRow& member : memberships.members(organisationId, true)) {
        takenNos.insert(member.membership.memberNo);
        memberPeople.insert(member.membership.personId);
    }
    const bool hasSavings = ChartOfAccounts(database).byRole(organisationId, AccountRole::MemberSavings).has_value();
    qint64 nextNo = memberships.nextMemberNo(organisationId).toLongLong();
    QSet<QString> idsInFile;
    for (int i = 0; i < sheet.rows.size(); ++i) {
        const QStringList& cells = sheet.rows.at(i);
        bool blank = true;
        for (const QString& c : cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        IntakeRow row;
        row.row = sheet.rowNumber(i);
        RowReader r{sheet, mapping, fileName, cells, row};
        // More cells than column names: an unquoted "1,234" has split a cell,
        // so every value after it would land in the wrong field.
        for (qsizetype extra = sheet.header.size(); extra < cells.size(); ++extra)
            if (!cells.at(extra).trimmed().isEmpty()) {
                row.problems << Error(QStringLiteral("intake.row"),
                                      Text::tr("แถวนี้มี %1 ช่อง แต่หัวตารางมี %2 คอลัมน์ (อาจมีจุลภาคในตัวเลข "
                                               "ที่ไม่ได้ครอบด้วยเครื่องหมายคำพูด)")
                                          .arg(cells.size())
                                          .arg(sheet.header.size()),
                                      {fileName, row.row, {}});
                break;
            }
        Person& person = row.person;
        if (mapping.column(IntakeField::FullName) >= 0)
            splitFullName(r.cell(IntakeField::FullName), person);
        if (mapping.column(IntakeField::Title) >= 0)
            person.title = r.cell(IntakeField::Title);
        if (mapping.column(IntakeField::FirstName) >= 0)
            person.firstName = r.cell(IntakeField::FirstName);
        if (mapping.column(IntakeField::LastName) >= 0)
            person.lastName = r.cell(IntakeField::LastName);
        if (person.firstName.isEmpty())
            r.problem(mapping.column(IntakeField::FirstName) >= 0 ? IntakeField::FirstName : IntakeField::FullName,
                      Text::tr("ไม่มีชื่อ"));
        person.houseNo = r.cell(IntakeField::HouseNo);
        person.phone = r.cell(IntakeField::Phone);
        person.birthDate = r.date(IntakeField::BirthDate);
        const QString id = r.cell(IntakeField::NationalId);
        if (!id.isEmpty()) {
            const NationalIdCheck check = validateNationalId(id);
            if (!check.ok()) {
                r.problem(IntakeField::NationalId, check.message);
            } else if (idsInFile.contains(check.digits)) {
                r.problem(IntakeField::NationalId, Text::tr("เลขประจำตัวนี้ซ้ำกับแถวก่อนหน้าในไฟล์เดียวกัน"));
            } else {
                idsInFile.insert(check.digits);
                person.nationalId = check.digits;
                if (const std::optional<Person> known = people.findByNationalId(check.digits)) {
                    if (!person.firstName.isEmpty() && known->firstName != person.firstName)
                        r.problem(IntakeField::NationalId,
                                  Text::tr("เลขประจำตัวนี้เป็นของ %1 ในไฟล์นี้ แต่ในแถวนี้ชื่อ %2 กรุณาตรวจเลขอีกครั้ง")
                                      .arg(personDisplayName(*known), person.firstName));
                    else if (memberPeople.contains(known->id))
                        r.problem(IntakeField::NationalId,
                                  Text::tr("%1 เป็นสมาชิกขององค์กรนี้อยู่แล้ว").arg(personDisplayName(*known)));
                    person = *known;
                    row.existingPerson = true;
                }
            }
        }
        if (!row.existingPerson)
            for (const FieldProblem& p : validatePerson(person, QDate::currentDate()))
                if (p.field != QLatin1String("first_name"))
                    row.problems << Error(QStringLiteral("intake.row"), p.message, {fileName, row.row, p.field});
        row.memberNo = r.cell(IntakeField::MemberNo);
        if (row.memberNo.isEmpty())
            row.memberNo = QString::number(nextNo++);
        if (takenNos.contains(row.memberNo))
            r.problem(IntakeField::MemberNo, Text::tr("เลขที่สมาชิก %1 มีผู้ใช้แล้ว").arg(row.memberNo));
        takenNos.insert(row.memberNo);
        row.joinedOn = r.date(IntakeField::JoinedOn);
        if (row.joinedOn.isNull())
            row.joinedOn = mapping.openingDate.isValid() ? mapping.openingDate : QDate::currentDate();
        const QString shares = r.cell(IntakeField::Shares);
        if (!shares.isEmpty()) {
            bool ok = false;
            row.shares = shares.toInt(&ok);
            if (!ok || row.shares < 1 || row.shares > 1000)
                r.problem(IntakeField::Shares, Text::tr("จำนวนหุ้น \"%1\" ต้องเป็นจำนวนเต็ม 1 ถึง 1,000").arg(shares));
        }
        const QString savings = r.cell(IntakeField::OpeningSavings);
        if (!savings.isEmpty()) {
            try {
                row.openingSavings = parseMoney(savings);
                if (row.openingSavings.isNegative())
                    r.problem(IntakeField::OpeningSavings, Text::tr("เงินสัจจะยกมาติดลบไม่ได้"));
                else if (row.openingSavings > Money::fromBaht(10000000))
                    r.problem(IntakeField::OpeningSavings,
                              Text::tr("เงินสัจจะยกมา %1 บาท สูงเกินจริง กรุณาตรวจอีกครั้ง").arg(savings));
                else if (!row.openingSavings.isZero() && !hasSavings)
                    r.problem(IntakeField::OpeningSavings, Text::tr("องค์กรนี้ไม่มีบัญชีเงินสัจจะ จึงรับยอดยกมาไม่ได้"));
            } catch (const Error& error) {
                r.problem(IntakeField::OpeningSavings, error.message());
            }
        }
        plan.rows << row;
    }
    return plan;
}

IntakeResult applyIntake(Database& database, const IntakePlan& plan, const IntakeMapping& mapping) {
    IntakeResult result;
    Transaction transaction(database.connection());
    PersonRepository people(database);
    MembershipRepository memberships(database);
    PledgeRepository pledges(database);
    QList<JournalLine> savingsLines;
    for (const IntakeRow& row : plan.rows) {
        if (!row.clean())
            continue;
        Person person = row.person;
        if (!row.existingPerson) {
            person.id.clear();
            people.save(person);
            ++result.people;
        }
        Membership membership;
        membership.organisationId = plan.organisationId;
        membership.personId = person.id;
        membership.memberNo = row.memberNo;
        membership.joinedOn = row.joinedOn;
        memberships.save(membership);
        ++result.members;
        if (row.shares > 0) {
            Pledge pledge;
            pledge.membershipId = membership.id;
            pledge.effectiveFrom = row.joinedOn;
            pledge.shares = row.shares;
            pledges.save(pledge);
        }
        if (row.openingSavings.isPositive()) {
            savingsLines.append({{}, {}, row.openingSavings, membership.id, {}, {}});
            result.openingSavings = result.openingSavings + row.openingSavings;
        }
    }
    if (!savingsLines.isEmpty()) {
        ChartOfAccounts chart(database);
        const QString savingsAccount = chart.require(plan.organisationId, AccountRole::MemberSavings).id;
        for (JournalLine& line : savingsLines)
            line.accountId = savingsAccount;
        savingsLines.prepend(
            {chart.require(plan.organisationId, AccountRole::Cash).id, result.openingSavings, {}, {}, {}, {}});
        Journal(database).post({plan.organisationId,
                                mapping.openingDate.isValid() ? mapping.openingDate : QDate::currentDate(),
                                Text::tr("เงินสัจจะยกมา (นำเข้าจากไฟล์)"), QStringLiteral("intake"), {}, savingsLines});
    }
    transaction.commit();
    return result;
}

}  // namespace thanrak
