#pragma once

#include "runtime/AppSettings.h"

#include <QTranslator>

namespace thanrak::ui {

// The translators of the running program. Source strings are Thai, so Thai
// needs only Qt's own words (buttons, the file dialog, the text menu); English
// comes from thanrak_en.qm.
class Translations {
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Replaces whatever was installed before.
    void apply(UiLanguage language);

private:
    void removeAll();

    QTranslator program_;
    QTranslator qtBase_;
    QTranslator qtExtra_;
};

}  // namespace thanrak::ui
