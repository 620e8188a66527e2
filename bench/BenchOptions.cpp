#include "BenchOptions.h"

#include <cstdio>

namespace thanrak::bench {

namespace {
void usage() {
    std::fprintf(stderr,
                 "usage: thanrak-bench [--orgs N] [--members-per-org M] [--big-group M] "
                 "[--years Y] [--runs R] [--out FILE [--keep]] [--generate-only]\n"
                 "       thanrak-bench --funds VILLAGES [--runs R] [--out FILE [--keep]]\n"
                 "       thanrak-bench --otop PRODUCTS [--runs R]\n");
}

bool readInt(const QStringList& args, qsizetype& i, int& target, int least) {
    bool ok = false;
    const int value = i + 1 < args.size() ? args.at(++i).toInt(&ok) : 0;
    if (!ok || value < least)
        return false;
    target = value;
    return true;
}
}  // namespace

std::optional<BenchOptions> parseBenchOptions(const QStringList& args) {
    BenchOptions o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        bool ok = true;
        if (a == QLatin1String("--orgs"))
            ok = readInt(args, i, o.orgs, 1);
        else if (a == QLatin1String("--members-per-org"))
            ok = readInt(args, i, o.membersPerOrg, 3);
        else if (a == QLatin1String("--big-group"))
            ok = readInt(args, i, o.bigGroupMembers, 3);
        else if (a == QLatin1String("--years"))
            ok = readInt(args, i, o.years, 1);
        else if (a == QLatin1String("--runs"))
            ok = readInt(args, i, o.runs, 1);
        else if (a == QLatin1String("--out") && i + 1 < args.size())
            o.out = args.at(++i);
        else if (a == QLatin1String("--funds"))
            ok = readInt(args, i, o.fundVillages, 1);
        else if (a == QLatin1String("--otop"))
            ok = readInt(args, i, o.otopProducts, 1);
        else if (a == QLatin1String("--keep"))
            o.keep = true;
        else if (a == QLatin1String("--generate-only"))
            o.generateOnly = true;
        else
            ok = false;
        if (!ok) {
            usage();
            return std::nullopt;
        }
    }
    return o;
}

}  // namespace thanrak::bench
