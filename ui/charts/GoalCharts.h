// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

#include <memory>

class QChart;
class QChartView;

namespace selftrack::core {
class GoalDetail;
struct Goal;
} // namespace selftrack::core

namespace selftrack::ui {

// A goal's charts (Qt Charts), one tab each: the value of every period (of every week for a daily
// check goal) with the target line, the
// habit strength over time, and how often each weekday was done in the last year. The charts
// follow the palette: Qt Charts' light or dark theme on a PaletteChange, the target line kept
// dashed in the theme's error colour.
class GoalCharts : public QTabWidget {
    Q_OBJECT
public:
    explicit GoalCharts(QWidget* parent = nullptr);

    // A daily check goal's values are drawn per week (core's WeeklyTotals, weeks from `weekStart`).
    // `weekStart`: the first bar of the weekday chart (the session's first day of the week).
    void setDetail(const core::Goal& goal, const std::shared_ptr<const core::GoalDetail>& detail,
                   Qt::DayOfWeek weekStart);
    void clear();

    // For tests: the number of points of the values, score and weekday series.
    int valuePoints() const;
    int scorePoints() const;
    QList<int> weekdayCounts() const;

private:
    void drawValues(const core::Goal& goal, const core::GoalDetail& detail, Qt::DayOfWeek weekStart);
    void applyTheme();
    bool event(QEvent* event) override;

    QChartView* m_values = nullptr;
    QChartView* m_score = nullptr;
    QChartView* m_weekdays = nullptr;
};

} // namespace selftrack::ui
