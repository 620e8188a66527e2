#pragma once

#include <QString>

namespace thanrak {

// User preferences kept between runs (QSettings).
enum class UiLanguage { Thai, English };

UiLanguage uiLanguage();  // Thai unless the user chose otherwise
void setUiLanguage(UiLanguage language);
QString uiLanguageCode(UiLanguage language);  // "th", "en"

// Base font size of the interface in points; large by default for older eyes.
int uiFontPointSize();
void setUiFontPointSize(int points);

}  // namespace thanrak
