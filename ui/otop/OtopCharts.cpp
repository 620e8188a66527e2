#include "otop/OtopCharts.h"

#include "thai/ThaiDate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QCoreApplication>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace thanrak::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(OtopCharts)
};

// Colours that stay apart for the colour-blind and on a grey printout.
const QColor kPalette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                           QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                           QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                           QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                           QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};

double bahtOf(Money amount) { return double(amount.satang()) / 100.0; }

// Large sales read better in thousands of baht, and their labels fit.
constexpr double kThousand = 1000.0;

// Chart text a step smaller than the window's, so axis labels are not cut.
QFont chartFont(const QWidget* parent) {
    QFont font = parent ? parent->font() : QFont();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    return font;
}

QChartView* newView(QWidget* parent, const QString& name) {
    auto* view = new QChartView(new QChart, parent);
    view->chart()->setTitleFont(chartFont(parent));
    view->chart()->legend()->setFont(chartFont(parent));
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

void reset(QChart* chart, const QString& title) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
}

void attach(QChart* chart, QStackedBarSeries* series, const QStringList& categories,
            const QString& valueTitle, double highest) {
    chart->addSeries(series);
    const QFont font = chart->legend()->font();
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsFont(font);
    auto* y = new QValueAxis;
    y->setRange(0, highest > 0 ? highest * 1.1 : 1);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setLabelsFont(font);
    y->setTitleFont(font);
    y->setTitleText(valueTitle);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}
}  // namespace

QChartView* salesByMonthChart(const SalesGrid& grid, QWidget* parent) {
    QChartView* view = newView(parent, QStringLiteral("salesByMonthChart"));
    showSalesByMonth(view, grid);
    return view;
}

QChartView* productsByCategoryChart(const DistrictOtopSummary& summary, QWidget* parent) {
    QChartView* view = newView(parent, QStringLiteral("productsByCategoryChart"));
    showProductsByCategory(view, summary);
    return view;
}

void showSalesByMonth(QChartView* view, const SalesGrid& grid) {
    QChart* chart = view->chart();
    double highest = 0;
    QStringList months;
    for (int m = 0; m < 12; ++m) {
        months << thaiMonthName(m + 1, true);
        highest = std::max(highest, bahtOf(grid.monthTotal(m)));
    }
    const bool thousands = highest >= 100 * kThousand;
    const double unit = thousands ? kThousand : 1.0;
    reset(chart, Text::tr("ยอดขายรายเดือนแยกตามช่องทาง ปี %1").arg(buddhistYear(grid.year)));
    auto* series = new QStackedBarSeries;
    int colour = 0;
    for (int c = 0; c < grid.channels.size(); ++c) {
        if (grid.channelTotal(c).isZero()) continue;
        auto* set = new QBarSet(grid.channels[c].name);
        set->setColor(kPalette[colour++ % std::size(kPalette)]);
        for (int m = 0; m < 12; ++m) *set << bahtOf(grid.amounts[m][c]) / unit;
        series->append(set);
    }
    attach(chart, series, months, thousands ? Text::tr("พันบาท") : Text::tr("บาท"), highest / unit);
    // Eight channel names need the room at the side, not under the months.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(!series->barSets().isEmpty());
}

void showProductsByCategory(QChartView* view, const DistrictOtopSummary& summary) {
    QChart* chart = view->chart();
    reset(chart, Text::tr("จำนวนผลิตภัณฑ์แยกตามประเภทและระดับดาว ปี %1").arg(buddhistYear(summary.year)));
    auto* series = new QStackedBarSeries;
    const QColor starColours[6] = {QColor(0xbb, 0xbb, 0xbb), QColor(0xfd, 0xd4, 0x9e),
                                   QColor(0xfd, 0xae, 0x6b), QColor(0xf1, 0x69, 0x13),
                                   QColor(0xd9, 0x48, 0x01), QColor(0x8c, 0x2d, 0x04)};
    for (int stars = 0; stars <= 5; ++stars) {
        auto* set = new QBarSet(stars == 0 ? Text::tr("ยังไม่ได้คัดสรร") : Text::tr("%1 ดาว").arg(stars));
        set->setColor(starColours[stars]);
        for (const CategorySummary& c : summary.categories) *set << c.products.byStars[stars];
        series->append(set);
    }
    double highest = 0;
    QStringList names;
    for (const CategorySummary& c : summary.categories) {
        names << otopCategoryShortLabel(c.category);
        highest = std::max(highest, double(c.products.total()));
    }
    attach(chart, series, names, Text::tr("ผลิตภัณฑ์"), highest);
}

}  // namespace thanrak::ui
