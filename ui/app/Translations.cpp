#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace thanrak::ui {

Translations::~Translations() {
    removeAll();
}

void Translations::removeAll() {
    for (QTranslator* translator : {&program_, &qtBase_, &qtExtra_})
        QCoreApplication::removeTranslator(translator);
}

void Translations::apply(UiLanguage language) {
    removeAll();
    const QString code = uiLanguageCode(language);
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QLocale::setDefault(language == UiLanguage::Thai
                            ? QLocale(QLocale::Thai, QLocale::Thailand)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (program_.load(QStringLiteral(":/i18n/thanrak_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&program_);
    if (qtBase_.load(QStringLiteral("qtbase_%1").arg(code), qtFolder))
        QCoreApplication::installTranslator(&qtBase_);
    // Debian ships no qtbase_th, so the Qt words users meet most (the file
    // dialog, the right-click menu of a text box) come with the program.
    if (language == UiLanguage::Thai && qtExtra_.load(QStringLiteral(":/i18n/qt_extra_th.qm")))
        QCoreApplication::installTranslator(&qtExtra_);
}

}  // namespace thanrak::ui
