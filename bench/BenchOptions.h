#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace thanrak::bench {

// What to build and how often to time. The defaults are a district: a few
// hundred groups, tens of thousands of members, ten years of meetings.
struct BenchOptions {
    int orgs = 300;
    int membersPerOrg = 100;    // on average at the end; groups grow over the years
    int bigGroupMembers = 300;  // the group whose meeting, cards and books are timed
    int years = 10;
    int runs = 5;                          // timed repetitions; the median is printed
    QDate lastMonth = QDate(2026, 11, 1);  // the big group's last timed meeting
    QString out;                           // empty: a file in the temp folder, removed after
    bool keep = false;
    bool generateOnly = false;  // build the file (with --out --keep) and time nothing
    quint32 seed = 2569;
    // Village funds instead: a demo district of this many villages (one fund
    // each, two years of rounds) and timings of the fund screens; 0 = off.
    int fundVillages = 0;
    // OTOP instead: this many products (five per producer, a producer per
    // village in turn) with five years of monthly sales in four channels,
    // and timings of the OTOP page and reports; 0 = off.
    int otopProducts = 0;
};

// Parses --orgs N --members-per-org M --big-group M --years Y --runs R --out FILE --keep --generate-only
// and --funds N (the village-fund bench);
// nullopt and a message on stderr for anything else.
std::optional<BenchOptions> parseBenchOptions(const QStringList& arguments);

}  // namespace thanrak::bench
