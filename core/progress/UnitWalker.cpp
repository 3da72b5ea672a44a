// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/UnitWalker.h"

#include "core/progress/JulianDay.h"
#include "core/progress/Periods.h"

namespace selftrack::core {

UnitWalker::UnitWalker(PeriodKind kind, QDate date, Qt::DayOfWeek weekStart) : m_kind(kind) {
    const qint64 day = date.toJulianDay();
    switch (kind) {
    case PeriodKind::Week:
        m_first = day - (weekdayOfJulianDay(day) - static_cast<int>(weekStart) + 7) % 7;
        m_last = m_first + 6;
        break;
    case PeriodKind::Month:
    case PeriodKind::Year:
        setCalendarPeriod(date);
        break;
    case PeriodKind::Day:
    case PeriodKind::Whole:
        m_first = day;
        m_last = day;
        break;
    }
}

void UnitWalker::previous() {
    switch (m_kind) {
    case PeriodKind::Week:
        m_first -= 7;
        m_last -= 7;
        break;
    case PeriodKind::Month:
    case PeriodKind::Year:
        setCalendarPeriod(QDate::fromJulianDay(m_first - 1));
        break;
    case PeriodKind::Day:
    case PeriodKind::Whole:
        --m_first;
        --m_last;
        break;
    }
}

void UnitWalker::setCalendarPeriod(QDate date) {
    const DateRange period = periodContaining(m_kind, date, Qt::Monday);
    m_first = period.first.toJulianDay();
    m_last = period.last.toJulianDay();
}

} // namespace selftrack::core
