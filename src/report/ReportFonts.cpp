#include "report/ReportFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace thanrak {

QString reportFontFamily() {
    static const QString chosen = [] {
        const QStringList installed = QFontDatabase::families();
        // THANRAK_REPORT_FONT picks another installed family (tests pin Laksaman).
        const QString wanted = qEnvironmentVariable("THANRAK_REPORT_FONT");
        if (!wanted.isEmpty() && installed.contains(wanted))
            return wanted;
        for (const char* family : {"TH Sarabun New", "TH SarabunPSK", "Laksaman"})
            if (installed.contains(QLatin1String(family)))
                return QString::fromLatin1(family);
        return QStringLiteral("Laksaman");  // fontconfig substitutes the nearest Thai face
    }();
    return chosen;
}

}  // namespace thanrak
