// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/DailyTimeline.h"

#include "core/progress/AutoCompletion.h"
#include "core/progress/JulianDay.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace selftrack::core {

namespace {

// What one day's entries say, collapsed (the values go straight into the DaySummary).
enum DayFlag : std::uint8_t { kAny = 1, kDone = 2, kSkipped = 4, kFailed = 8 };

bool beforeStart(const GoalRule& rule, QDate date) {
    return rule.start.isValid() && date < rule.start;
}

bool counts(const GoalRule& rule, const DayEntry& entry, QDate today) {
    return entry.date.isValid() && entry.date <= today && !beforeStart(rule, entry.date);
}

std::uint8_t flagOf(EntryStatus status) {
    switch (status) {
    case EntryStatus::Done:
        return kAny | kDone;
    case EntryStatus::Skipped:
        return kAny | kSkipped;
    case EntryStatus::Failed:
        return kAny | kFailed;
    }
    return kAny;
}

// The flags of the days from the oldest entry that counts (firstDay) to today; empty without one.
struct CollectedDays {
    qint64 firstDay = 0;
    std::vector<std::uint8_t> flags;

    std::uint8_t on(qint64 julianDay) const {
        const qint64 index = julianDay - firstDay;
        return index >= 0 && index < static_cast<qint64>(flags.size()) ? flags[static_cast<std::size_t>(index)] : 0;
    }
};

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
    result.flags.resize(static_cast<std::size_t>(todayDay - oldest + 1), 0);
    for (const DayEntry& entry : entries) {
        if (counts(rule, entry, today))
            result.flags[static_cast<std::size_t>(entry.date.toJulianDay() - oldest)] |= flagOf(entry.status);
    }
    return result;
}

// Loop's automatic days only exist for frequencies below daily: with 1/1 every interval is a
// single done day, which is Done anyway.
bool hasAutoDays(const GoalRule& rule) {
    const Frequency frequency = rule.frequency.normalized();
    return rule.kind == GoalKind::Check && !rule.frequency.usesWeekdays() &&
           !(frequency.numerator == 1 && frequency.denominator == 1);
}

std::vector<DateRange> intervalsFor(const GoalRule& rule, const CollectedDays& collected) {
    if (!hasAutoDays(rule))
        return {};
    std::vector<QDate> doneNewestFirst;
    for (std::size_t i = collected.flags.size(); i-- > 0;) {
        if (collected.flags[i] & kDone)
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

DayState checkState(std::uint8_t flags, bool due) {
    if (flags & kDone)
        return DayState::Done;
    if (flags & kSkipped)
        return DayState::Skipped;
    if (flags & kFailed)
        return DayState::Failed;
    return due ? DayState::Unknown : DayState::Skipped;
}

DayState amountState(std::uint8_t flags, int valueCount, bool due) {
    if ((flags & kSkipped) && valueCount == 0)
        return DayState::Skipped;
    if (flags & kAny)
        return DayState::Entered;
    return due ? DayState::Unknown : DayState::Skipped;
}

bool hasEntryAfter(const GoalRule& rule, std::span<const DayEntry> entries, QDate today) {
    return std::any_of(entries.begin(), entries.end(), [&](const DayEntry& entry) {
        return entry.date.isValid() && entry.date > today && !beforeStart(rule, entry.date);
    });
}

} // namespace

DailyTimeline DailyTimeline::build(const GoalRule& rule, std::span<const DayEntry> entries, QDate today) {
    return build(rule, entries, today, std::numeric_limits<qint64>::max());
}

DailyTimeline DailyTimeline::build(const GoalRule& rule, std::span<const DayEntry> entries, QDate today,
                                   qint64 floorDay) {
    DailyTimeline timeline;
    timeline.m_weekdayMask = rule.frequency.weekdayMask & 0x7Fu;
    timeline.m_first = today;
    timeline.m_last = today;
    if (!today.isValid())
        return timeline;
    const CollectedDays collected = collect(rule, entries, today);
    const std::vector<DateRange> intervals = intervalsFor(rule, collected);
    const bool hasDays = !collected.flags.empty();
    if (hasDays)
        timeline.m_first = QDate::fromJulianDay(collected.firstDay);
    for (const DateRange& interval : intervals)
        timeline.m_first = std::min(timeline.m_first, interval.first);
    if (floorDay < timeline.m_first.toJulianDay())
        timeline.m_first = QDate::fromJulianDay(floorDay);
    timeline.m_hasData = hasDays;
    timeline.m_beforeFirstDay = beforeStart(rule, today) || (!hasDays && hasEntryAfter(rule, entries, today));
    timeline.m_firstDay = timeline.m_first.toJulianDay();
    timeline.m_lastDay = today.toJulianDay();
    timeline.m_days.resize(static_cast<std::size_t>(timeline.m_lastDay - timeline.m_firstDay + 1));

    // Values in input order, so totals add up and `last` is replaced as before.
    for (const DayEntry& entry : entries) {
        if (!entry.value || entry.status == EntryStatus::Skipped || !counts(rule, entry, today))
            continue;
        DaySummary& day = timeline.m_days[static_cast<std::size_t>(entry.date.toJulianDay() - timeline.m_firstDay)];
        day.total += *entry.value;
        day.valueCount += 1;
        day.last = *entry.value;
    }
    const bool isCheck = rule.kind == GoalKind::Check;
    for (std::size_t i = 0; i < timeline.m_days.size(); ++i) {
        const qint64 julianDay = timeline.m_firstDay + static_cast<qint64>(i);
        const std::uint8_t flags = collected.on(julianDay);
        const bool due = isDueOnJulianDay(timeline.m_weekdayMask, julianDay);
        DaySummary& summary = timeline.m_days[i];
        summary.state = isCheck ? checkState(flags, due) : amountState(flags, summary.valueCount, due);
    }
    // Auto days: covered by an interval, neither done nor explicitly skipped (before a failure).
    for (const DateRange& interval : intervals) {
        const qint64 end = std::min(interval.last.toJulianDay(), timeline.m_lastDay);
        for (qint64 d = interval.first.toJulianDay(); d <= end; ++d) {
            if ((collected.on(d) & (kDone | kSkipped)) == 0)
                timeline.m_days[static_cast<std::size_t>(d - timeline.m_firstDay)].state = DayState::Auto;
        }
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
