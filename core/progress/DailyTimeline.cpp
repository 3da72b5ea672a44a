// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/DailyTimeline.h"

#include "core/progress/AutoCompletion.h"
#include "core/progress/JulianDay.h"

#include <algorithm>

namespace selftrack::core {

namespace {

// One day's entries collapsed, before the day's state is known.
struct Collected {
    bool any = false;
    bool done = false;
    bool skipped = false;
    bool failed = false;
    double total = 0.0;
    int valueCount = 0;
    double last = 0.0;
};

// The entries that count (valid, not after today, not before a valid start) as Julian days, in a
// flat array from the oldest of them to today.
struct CollectedDays {
    qint64 firstDay = 0;
    std::vector<Collected> days; // empty when no entry counts
};

bool beforeStart(const GoalRule& rule, QDate date) {
    return rule.start.isValid() && date < rule.start;
}

bool counts(const GoalRule& rule, const DayEntry& entry, QDate today) {
    return entry.date.isValid() && entry.date <= today && !beforeStart(rule, entry.date);
}

CollectedDays collect(const GoalRule& rule, std::span<const DayEntry> entries, QDate today) {
    CollectedDays result;
    const qint64 todayDay = today.toJulianDay();
    qint64 oldest = todayDay + 1;
    for (const DayEntry& entry : entries) {
        if (counts(rule, entry, today))
            oldest = std::min(oldest, entry.date.toJulianDay());
    }
    if (oldest > todayDay)
        return result;
    result.firstDay = oldest;
    result.days.resize(static_cast<std::size_t>(todayDay - oldest + 1));
    for (const DayEntry& entry : entries) {
        if (!counts(rule, entry, today))
            continue;
        Collected& day = result.days[static_cast<std::size_t>(entry.date.toJulianDay() - oldest)];
        day.any = true;
        day.done = day.done || entry.status == EntryStatus::Done;
        day.skipped = day.skipped || entry.status == EntryStatus::Skipped;
        day.failed = day.failed || entry.status == EntryStatus::Failed;
        if (entry.value && entry.status != EntryStatus::Skipped) {
            day.total += *entry.value;
            day.valueCount += 1;
            day.last = *entry.value;
        }
    }
    return result;
}

DayState checkState(const Collected* day, bool inInterval, bool due) {
    if (day && day->done)
        return DayState::Done;
    if (day && day->skipped)
        return DayState::Skipped;
    if (inInterval)
        return DayState::Auto;
    if (day && day->failed)
        return DayState::Failed;
    return due ? DayState::Unknown : DayState::Skipped;
}

DayState amountState(const Collected* day, bool due) {
    if (day && day->skipped && day->valueCount == 0)
        return DayState::Skipped;
    if (day)
        return DayState::Entered;
    return due ? DayState::Unknown : DayState::Skipped;
}

std::vector<DateRange> intervalsFor(const GoalRule& rule, const CollectedDays& collected) {
    if (rule.kind != GoalKind::Check || rule.frequency.usesWeekdays())
        return {};
    std::vector<QDate> doneNewestFirst;
    for (std::size_t i = collected.days.size(); i-- > 0;) {
        if (collected.days[i].done)
            doneNewestFirst.push_back(QDate::fromJulianDay(collected.firstDay + static_cast<qint64>(i)));
    }
    // Sliding older intervals back may reach before the start; those days do not count.
    std::vector<DateRange> intervals = autoCompletionIntervals(rule.frequency, doneNewestFirst);
    for (DateRange& interval : intervals) {
        if (beforeStart(rule, interval.first))
            interval.first = rule.start;
    }
    std::erase_if(intervals, [](const DateRange& interval) { return interval.first > interval.last; });
    return intervals;
}

bool hasEntryAfter(const GoalRule& rule, std::span<const DayEntry> entries, QDate today) {
    return std::any_of(entries.begin(), entries.end(), [&](const DayEntry& entry) {
        return entry.date.isValid() && entry.date > today && !beforeStart(rule, entry.date);
    });
}

} // namespace

DailyTimeline DailyTimeline::build(const GoalRule& rule, std::span<const DayEntry> entries, QDate today) {
    DailyTimeline timeline;
    timeline.m_weekdayMask = rule.frequency.weekdayMask & 0x7Fu;
    timeline.m_first = today;
    timeline.m_last = today;
    if (!today.isValid())
        return timeline;
    const CollectedDays collected = collect(rule, entries, today);
    const std::vector<DateRange> intervals = intervalsFor(rule, collected);
    const bool hasDays = !collected.days.empty();
    if (hasDays)
        timeline.m_first = QDate::fromJulianDay(collected.firstDay);
    for (const DateRange& interval : intervals)
        timeline.m_first = std::min(timeline.m_first, interval.first);
    timeline.m_hasData = hasDays;
    timeline.m_beforeFirstDay = beforeStart(rule, today) || (!hasDays && hasEntryAfter(rule, entries, today));
    timeline.m_firstDay = timeline.m_first.toJulianDay();
    timeline.m_lastDay = today.toJulianDay();

    const auto size = static_cast<std::size_t>(timeline.m_lastDay - timeline.m_firstDay + 1);
    std::vector<bool> covered(size, false);
    for (const DateRange& interval : intervals) {
        const qint64 end = std::min(interval.last.toJulianDay(), timeline.m_lastDay);
        for (qint64 d = interval.first.toJulianDay(); d <= end; ++d)
            covered[static_cast<std::size_t>(d - timeline.m_firstDay)] = true;
    }
    const bool isCheck = rule.kind == GoalKind::Check;
    timeline.m_days.resize(size);
    for (std::size_t i = 0; i < size; ++i) {
        const qint64 julianDay = timeline.m_firstDay + static_cast<qint64>(i);
        const qint64 index = julianDay - collected.firstDay;
        const Collected* day = nullptr;
        if (hasDays && index >= 0 && collected.days[static_cast<std::size_t>(index)].any)
            day = &collected.days[static_cast<std::size_t>(index)];
        const bool due = isDueOnJulianDay(timeline.m_weekdayMask, julianDay);
        DaySummary& summary = timeline.m_days[i];
        if (day) {
            summary.total = day->total;
            summary.valueCount = day->valueCount;
            if (day->valueCount > 0)
                summary.last = day->last;
        }
        summary.state = isCheck ? checkState(day, covered[i], due) : amountState(day, due);
    }
    return timeline;
}

DaySummary DailyTimeline::day(QDate date) const {
    if (!date.isValid())
        return {};
    return onDay(date.toJulianDay());
}

const DaySummary& DailyTimeline::outside(qint64 julianDay) const {
    return isDueOnJulianDay(m_weekdayMask, julianDay) ? m_unknown : m_notDue;
}

} // namespace selftrack::core
