// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/Periods.h"

namespace selftrack::core {

DateRange periodContaining(PeriodKind kind, QDate date, Qt::DayOfWeek weekStart) {
    if (!date.isValid())
        return {};
    switch (kind) {
    case PeriodKind::Week: {
        const int offset = (date.dayOfWeek() - static_cast<int>(weekStart) + 7) % 7;
        const QDate first = date.addDays(-offset);
        return DateRange{first, first.addDays(6)};
    }
    case PeriodKind::Month:
        return DateRange{QDate(date.year(), date.month(), 1), QDate(date.year(), date.month(), date.daysInMonth())};
    case PeriodKind::Year:
        return DateRange{QDate(date.year(), 1, 1), QDate(date.year(), 12, 31)};
    case PeriodKind::Day:
    case PeriodKind::Whole:
        break;
    }
    return DateRange{date, date};
}

DateRange previousPeriod(PeriodKind kind, const DateRange& period, Qt::DayOfWeek weekStart) {
    return periodContaining(kind, period.first.addDays(-1), weekStart);
}

DateRange wholePeriod(const GoalRule& rule, QDate today) {
    return DateRange{rule.start, rule.deadline.value_or(today)};
}

DateRange currentPeriod(const GoalRule& rule, QDate today, Qt::DayOfWeek weekStart) {
    if (rule.period == PeriodKind::Whole)
        return wholePeriod(rule, today);
    return periodContaining(rule.period, today, weekStart);
}

PeriodKind streakUnit(const GoalRule& rule) {
    return rule.period == PeriodKind::Whole ? PeriodKind::Day : rule.period;
}

} // namespace selftrack::core
