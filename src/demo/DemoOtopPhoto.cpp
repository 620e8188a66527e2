#include "demo/DemoOtopPhoto.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace thanrak::demo {

namespace {
constexpr int kSize = 160;

QColor categoryColour(OtopCategory category, int variant) {
    int hue = 30;
    switch (category) {
        case OtopCategory::Food:
            hue = 28;
            break;
        case OtopCategory::Drink:
            hue = 195;
            break;
        case OtopCategory::Textile:
            hue = 280;
            break;
        case OtopCategory::Household:
            hue = 95;
            break;
        case OtopCategory::Herbal:
            hue = 140;
            break;
    }
    return QColor::fromHsv((hue + variant % 5 * 8) % 360, 150, 200);
}

void drawFood(QPainter& p) {  // a bowl heaped with rice
    p.drawChord(QRectF(52, 64, 56, 48), 0, 180 * 16);
    p.drawChord(QRectF(40, 58, 80, 60), 180 * 16, 180 * 16);
}

void drawDrink(QPainter& p) {  // a bottle
    p.drawRoundedRect(QRectF(62, 64, 36, 62), 8, 8);
    p.drawRect(QRectF(72, 44, 16, 22));
}

void drawTextile(QPainter& p) {  // a folded cloth with woven bands
    p.drawRect(QRectF(42, 52, 76, 64));
    for (int y = 62; y < 112; y += 12) p.drawLine(QPointF(42, y), QPointF(118, y));
}

void drawHousehold(QPainter& p) {  // a basket
    QPainterPath basket;
    basket.moveTo(40, 66);
    basket.lineTo(120, 66);
    basket.lineTo(108, 118);
    basket.lineTo(52, 118);
    basket.closeSubpath();
    p.drawPath(basket);
    for (int x = 56; x < 110; x += 12) p.drawLine(QPointF(x, 66), QPointF(x + 2, 118));
    p.drawArc(QRectF(52, 38, 56, 56), 0, 180 * 16);
}

void drawHerbal(QPainter& p) {  // a leaf
    p.save();
    p.translate(80, 88);
    p.rotate(-35);
    p.drawEllipse(QRectF(-20, -38, 40, 76));
    p.drawLine(QPointF(0, -34), QPointF(0, 44));
    p.restore();
}
}  // namespace

QByteArray demoProductPhoto(OtopCategory category, int variant) {
    QImage image(kSize, kSize, QImage::Format_RGB32);
    const QColor colour = categoryColour(category, variant);
    image.fill(colour);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(250, 246, 236));
    painter.drawRoundedRect(QRectF(16, 16, kSize - 32, kSize - 32), 18, 18);
    painter.setPen(QPen(colour.darker(160), 4));
    painter.setBrush(colour.lighter(130));
    switch (category) {
        case OtopCategory::Food:
            drawFood(painter);
            break;
        case OtopCategory::Drink:
            drawDrink(painter);
            break;
        case OtopCategory::Textile:
            drawTextile(painter);
            break;
        case OtopCategory::Household:
            drawHousehold(painter);
            break;
        case OtopCategory::Herbal:
            drawHerbal(painter);
            break;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour.darker(140));
    for (int i = 0; i <= variant % 5; ++i) painter.drawEllipse(QRectF(30 + i * 12, 126, 8, 8));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

}  // namespace thanrak::demo
