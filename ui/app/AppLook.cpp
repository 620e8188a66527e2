#include "app/AppLook.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyleFactory>

namespace thanrak::ui {

namespace {
QPalette highContrastPalette() {
    QPalette palette;
    const QColor ink(0x11, 0x11, 0x11);
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf3, 0xef));
    palette.setColor(QPalette::WindowText, ink);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xf3, 0xf8));
    palette.setColor(QPalette::Text, ink);
    palette.setColor(QPalette::Button, QColor(0xe6, 0xe6, 0xe2));
    palette.setColor(QPalette::ButtonText, ink);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe0));
    palette.setColor(QPalette::ToolTipText, ink);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x6a, 0x6a));
    palette.setColor(QPalette::Highlight, QColor(0x0b, 0x4f, 0x8a));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x0b, 0x4f, 0x8a));
    // Disabled text stays readable, just lighter.
    const QColor disabled(0x70, 0x70, 0x70);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

QString roomyControls() {
    return QStringLiteral(
        "QPushButton { padding: 0.2em 0.7em; }"
        "QLineEdit { padding: 0.1em 0.25em; }"
        "QTableView { gridline-color: #c8c8c8; }"
        "QHeaderView::section { padding: 0.2em 0.25em; background: #dde3ea;"
        "  border: none; border-right: 1px solid #b8c0c8; border-bottom: 1px solid #98a4b0; }"
        "QToolTip { padding: 0.2em; }");
}
}  // namespace

QFont interfaceFont(int points) {
    const QStringList families = QFontDatabase::families();
    QString family = QStringLiteral("Laksaman");
    for (const QString& preferred : {QStringLiteral("TH Sarabun New"), QStringLiteral("Laksaman")})
        if (families.contains(preferred)) {
            family = preferred;
            break;
        }
    QFont font(family);
    font.setPointSize(points);
    return font;
}

void applyLook(QApplication& app, int points) {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(highContrastPalette());
    QApplication::setFont(interfaceFont(points));
    app.setStyleSheet(roomyControls());
}

}  // namespace thanrak::ui
