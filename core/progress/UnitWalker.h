// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/GoalRule.h"

#include <QDate>
#include <Qt>

namespace selftrack::core {

// Walks the calendar periods of one kind backwards in Julian days, starting with the period that
// contains a date: the same periods as periodContaining() / previousPeriod() (Whole walks days),
// without a QDate per step for days and weeks.
class UnitWalker {
public:
    UnitWalker(PeriodKind kind, QDate date, Qt::DayOfWeek weekStart);

    qint64 first() const { return m_first; }
    qint64 last() const { return m_last; }
    // Moves to the period right before the current one.
    void previous();

private:
    void setCalendarPeriod(QDate date);

    PeriodKind m_kind;
    qint64 m_first = 0;
    qint64 m_last = 0;
};

} // namespace selftrack::core
