// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

namespace selftrack::core {
class GoalDetail;
}

namespace selftrack::ui {

// A year of a goal at a glance: one cell per day in weekly columns (the first day of the week on
// top), coloured by what the day holds (done, covered by the frequency, amount against the daily
// target, skipped, failed, nothing). Click a day, or move with the arrow keys and press Enter or
// Space, to act on it (dayActivated); Page Up / Page Down show the previous / next year.
class HeatMap : public QWidget {
    Q_OBJECT
public:
    explicit HeatMap(QWidget* parent = nullptr);

    // The days come from `detail` (null: empty); `dailyTarget` scales amount days (0: any value is full).
    void setDetail(std::shared_ptr<const core::GoalDetail> detail, double dailyTarget, Qt::DayOfWeek weekStart);
    // The shown range is the year ending on `last` (today by default).
    void setLastDay(QDate last);
    QDate lastDay() const { return m_last; }
    QDate firstDay() const;
    QDate focusDay() const { return m_focus; }
    void setFocusDay(QDate day);
    // The cell of `day` in widget coordinates (empty when not shown), for tests and tooltips.
    QRect cellRect(QDate day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dayActivated(QDate day);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QDate dayAt(QPoint pos) const;
    QColor colorOf(QDate day) const;
    QString describe(QDate day) const;
    int cellSize() const;
    QDate columnStart() const; // the first day of the first column

    std::shared_ptr<const core::GoalDetail> m_detail;
    double m_dailyTarget = 0.0;
    Qt::DayOfWeek m_weekStart = Qt::Monday;
    QDate m_last;
    QDate m_focus;
};

} // namespace selftrack::ui
