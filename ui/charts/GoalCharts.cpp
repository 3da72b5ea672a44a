// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/GoalCharts.h"

#include "core/domain/Goal.h"
#include "core/stats/GoalDetail.h"
#include "core/stats/WeeklyTotals.h"
#include "ui/settings/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace selftrack::ui {

namespace {

QChartView* makeView(const QString& name, QWidget* parent) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->hide();
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    view->setMinimumHeight(200);
    return view;
}

// Set again after every theme change: QChart::setTheme recolours every series.
void styleTarget(QLineSeries* target, const QPalette& palette) {
    QPen dashed = target->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.5);
    dashed.setColor(Theme::errorColor(palette));
    target->setPen(dashed);
}

qint64 msecs(QDate day) {
    return day.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

void reset(QChart* chart) {
    chart->removeAllSeries(); // deletes them
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis); // hands the axis back to the caller
        delete axis;
    }
}

QDateTimeAxis* timeAxis(QDate first, QDate last) {
    auto* axis = new QDateTimeAxis;
    axis->setFormat(first.daysTo(last) > 400 ? QStringLiteral("yyyy") : QStringLiteral("MMM d"));
    axis->setTickCount(6);
    axis->setRange(first.startOfDay(Qt::UTC), last.startOfDay(Qt::UTC));
    return axis;
}

} // namespace

GoalCharts::GoalCharts(QWidget* parent) : QTabWidget(parent) {
    setObjectName(QStringLiteral("goalCharts"));
    m_values = makeView(QStringLiteral("valuesChart"), this);
    m_score = makeView(QStringLiteral("scoreChart"), this);
    m_weekdays = makeView(QStringLiteral("weekdayChart"), this);
    addTab(m_values, tr("&Values"));
    addTab(m_score, tr("&Strength"));
    addTab(m_weekdays, tr("&Weekdays"));
    m_values->setAccessibleName(tr("Value of each period with the target"));
    m_score->setAccessibleName(tr("Habit strength over time"));
    m_weekdays->setAccessibleName(tr("Days done per weekday in the last year"));
    applyTheme();
}

void GoalCharts::clear() {
    for (QChartView* view : {m_values, m_score, m_weekdays})
        reset(view->chart());
}

void GoalCharts::drawValues(const core::Goal& goal, const core::GoalDetail& detail, Qt::DayOfWeek weekStart) {
    // One point per period (at its first day), or per week for a daily check goal; the target as
    // a dashed line.
    QList<QPointF> points;
    double goalLine = goal.target;
    QString unit = goal.unit;
    if (core::WeeklyTotals::applies(goal)) {
        for (const core::WeeklyTotals::Week& week : core::WeeklyTotals::of(detail.periods(), weekStart))
            points.append(QPointF(static_cast<qreal>(msecs(week.first)), week.done));
        goalLine = core::WeeklyTotals::target(goal);
        unit = tr("days a week");
    } else {
        for (const core::PeriodPoint& point : detail.periods())
            points.append(QPointF(static_cast<qreal>(msecs(point.period.first)), point.value));
    }
    if (points.isEmpty())
        return;
    const QDate today = detail.today();
    const QDate first = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(points.front().x()), Qt::UTC).date();
    double top = goalLine;
    for (const QPointF& p : points)
        top = std::max(top, p.y());
    auto* values = new QLineSeries;
    values->setName(tr("Value"));
    values->replace(points);
    values->setPointsVisible(points.size() <= 60);
    auto* target = new QLineSeries;
    target->setName(tr("Target"));
    target->append(static_cast<qreal>(msecs(first)), goalLine);
    target->append(static_cast<qreal>(msecs(today)), goalLine);
    target->setObjectName(QStringLiteral("target"));
    QChart* chart = m_values->chart();
    chart->addSeries(values);
    chart->addSeries(target);
    styleTarget(target, palette());
    auto* x = timeAxis(first, std::max(today, first.addDays(1)));
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1 + (top == 0 ? 1 : 0));
    y->applyNiceNumbers(); // round ticks: 0, 2, 4, 6, 8 rather than 1.925, 3.85
    y->setLabelFormat(QStringLiteral("%g"));
    y->setTitleText(unit);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : {values, target}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void GoalCharts::setDetail(const core::Goal& goal, const std::shared_ptr<const core::GoalDetail>& detail,
                           Qt::DayOfWeek weekStart) {
    clear();
    if (!detail)
        return;
    const QDate today = detail->today();
    drawValues(goal, *detail, weekStart);

    // Strength: the daily score in percent.
    const auto& scores = detail->scores();
    if (!scores.empty()) {
        auto* series = new QLineSeries;
        series->setName(tr("Strength"));
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(scores.size()));
        for (const core::DayScore& day : scores)
            points.append(QPointF(static_cast<qreal>(msecs(day.date)), day.score * 100.0));
        series->replace(points);
        QChart* chart = m_score->chart();
        chart->addSeries(series);
        auto* x = timeAxis(scores.front().date, std::max(today, scores.front().date.addDays(1)));
        auto* y = new QValueAxis;
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%d%%"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }

    // Weekdays over the last year, Monday first in the data, shown from the first day of the week.
    const std::array<int, 7> counts = detail->weekdayCounts(today.addDays(-364), today);
    auto* set = new QBarSet(tr("Days"));
    QStringList names;
    const QLocale locale;
    const int startDay = weekStart;
    int most = 1;
    for (int i = 0; i < 7; ++i) {
        const int weekday = (startDay - 1 + i) % 7 + 1;
        names.append(locale.dayName(weekday, QLocale::ShortFormat));
        *set << counts.at(static_cast<std::size_t>(weekday - 1));
        most = std::max(most, counts.at(static_cast<std::size_t>(weekday - 1)));
    }
    auto* bars = new QBarSeries;
    bars->append(set);
    QChart* chart = m_weekdays->chart();
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    auto* y = new QValueAxis;
    y->setRange(0, most);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
}

int GoalCharts::valuePoints() const {
    const auto series = m_values->chart()->series();
    return series.isEmpty() ? 0 : static_cast<int>(static_cast<QLineSeries*>(series.first())->count());
}

int GoalCharts::scorePoints() const {
    const auto series = m_score->chart()->series();
    return series.isEmpty() ? 0 : static_cast<int>(static_cast<QLineSeries*>(series.first())->count());
}

QList<int> GoalCharts::weekdayCounts() const {
    QList<int> out;
    const auto series = m_weekdays->chart()->series();
    if (series.isEmpty())
        return out;
    const auto sets = static_cast<QBarSeries*>(series.first())->barSets();
    if (sets.isEmpty())
        return out;
    for (int i = 0; i < sets.first()->count(); ++i)
        out.append(static_cast<int>(sets.first()->at(i)));
    return out;
}

void GoalCharts::applyTheme() {
    const bool dark = Theme::isDark(palette());
    for (QChartView* view : {m_values, m_score, m_weekdays}) {
        view->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        view->chart()->setBackgroundBrush(palette().brush(QPalette::Base));
        view->chart()->legend()->hide();
    }
    for (QAbstractSeries* series : m_values->chart()->series())
        if (series->objectName() == QLatin1String("target"))
            styleTarget(static_cast<QLineSeries*>(series), palette());
}

bool GoalCharts::event(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    return QTabWidget::event(event);
}

} // namespace selftrack::ui
