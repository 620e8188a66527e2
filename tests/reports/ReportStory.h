#pragma once

#include "report/ReportDocument.h"
#include "reports/ReportCatalog.h"
#include "savings/Receipt.h"
#include "support/CatchQt.h"
#include "support/FundFixture.h"
#include "support/SavingsFixture.h"

namespace thanrak::test {

// The first quarter of 2026 (B.E. 2569) of a group of two, every number
// worked by hand here so the reports can be checked against it:
//
//   1 Jan  cash brought forward 10,000.00 (SavingsFixture, Cr reserve);
//          A and B join with 2 and 3 shares, each paying the 20.00 entrance
//          fee: receipts 1/2569 and 2/2569
//   5 Jan  receipt 3/2569  A: sajja Jan 100.00
//          receipt 4/2569  B: sajja Jan 150.00
//   5 Feb  receipt 5/2569  A: sajja Feb 100.00
//          receipt 6/2569  B: sajja Feb 150.00 + late-sajja fine 10.00 = 160.00
//          B borrows 3,000.00 (emergency loan, 3 months, 1 %/month equal
//          principal): instalments 1,000 + 30.00, 1,000 + 20.00, 1,000 + 10.00
//          due 5 Mar, 5 Apr, 5 May; contract 1/2569
//   5 Mar  receipt 7/2569  B: sajja Mar 150.00 + principal 1,000.00 +
//          interest 30.00 = 1,180.00 (A pays nothing in March)
//
// So on 31 Mar: cash 10,000 + 40 + 100 + 150 + 100 + 160 − 3,000 + 1,180 =
// 8,730.00; loans 2,000.00; savings A 200.00 + B 450.00 = 650.00; income
// fees 40 + fine 10 + interest 30 = 80.00; debits 8,730 + 2,000 = 10,730.00
// = credits 650 + 80 + 10,000.
struct ReportStory : SavingsFixture {
    ReportStory();
    void pay(const QString& member, const QDate& when, const QList<ReceiptLine>& lines);
    // The report built as the catalog builds it, printed "1 ธันวาคม 2569".
    ReportDocument build(const char* name, const QDate& from, const QDate& to,
                         const QString& membershipId = {});
    QString a, b, loan;
};

// The fund's 2025 grade on the default scheme: 17 + 12 + 15 + 14 + 12 + 8 =
// 78 of 100, assessed on 20 Feb 2026 by นางสาวพัฒนา ชุมชน.
void gradeFund2025(FundFixture& fund);

// The text poppler's pdftotext reads back from the report's PDF: what a
// search or a screen reader sees.
QByteArray pdfText(const ReportDocument& document, RenderOptions options = {});

// The whole report as the CSV lines a reader sees (BOM dropped, CRLF split).
QStringList csvLines(const ReportDocument& document);

// Compares `actual` with tests/reports/golden/`file`; with THANRAK_UPDATE_GOLDEN=1
// in the environment writes it instead, for a person to read and commit.
void checkGolden(const QString& file, const QByteArray& actual);

}  // namespace thanrak::test
