#include "runtime/AppSettings.h"

#include <QSettings>

#include <algorithm>

namespace thanrak {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kFontSizeKey = QStringLiteral("ui/fontPointSize");
constexpr int kDefaultFontPoints = 16;
}  // namespace

UiLanguage uiLanguage() {
    return QSettings().value(kLanguageKey).toString() == QStringLiteral("en") ? UiLanguage::English
                                                                              : UiLanguage::Thai;
}

void setUiLanguage(UiLanguage language) {
    QSettings().setValue(kLanguageKey, uiLanguageCode(language));
}

QString uiLanguageCode(UiLanguage language) {
    return language == UiLanguage::English ? QStringLiteral("en") : QStringLiteral("th");
}

int uiFontPointSize() {
    return std::clamp(QSettings().value(kFontSizeKey, kDefaultFontPoints).toInt(), 10, 28);
}

void setUiFontPointSize(int points) {
    QSettings().setValue(kFontSizeKey, std::clamp(points, 10, 28));
}

}  // namespace thanrak
