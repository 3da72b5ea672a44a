// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/DailyTimeline.h"

#include "core/progress/AutoCompletion.h"

#include <algorithm>
#include <map>

namespace selftrack::core {

namespace {

struct Collected {
    bool done = false;
    bool skipped = false;
    bool failed = false;
    DaySummary summary;
};

bool beforeStart(const GoalRule& rule, QDate date) {
    return rule.start.isValid() && date < rule.start;
}

std::map<QDate, Collected> collect(const GoalRule& rule, std::span<const DayEntry> entries, QDate today) {
    std::map<QDate, Collected> days;
    for (const DayEntry& entry : entries) {
        if (!entry.date.isValid() || entry.date > today || beforeStart(rule, entry.date))
            continue;
        Collected& day = days[entry.date];
        day.done = day.done || entry.status == EntryStatus::Done;
        day.skipped = day.skipped || entry.status == EntryStatus::Skipped;
        day.failed = day.failed || entry.status == EntryStatus::Failed;
        if (entry.value && entry.status != EntryStatus::Skipped) {
            day.summary.total += *entry.value;
            day.summary.valueCount += 1;
            day.summary.last = *entry.value;
        }
    }
    return days;
}

bool isDueOn(unsigned weekdayMask, QDate date) {
    return weekdayMask == 0 || (weekdayMask & (1u << (date.dayOfWeek() - 1))) != 0;
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
    if (day && day->skipped && day->summary.valueCount == 0)
        return DayState::Skipped;
    if (day)
        return DayState::Entered;
    return due ? DayState::Unknown : DayState::Skipped;
}

std::vector<DateRange> intervalsFor(const GoalRule& rule, const std::map<QDate, Collected>& days) {
    if (rule.kind != GoalKind::Check)
        return {};
    std::vector<QDate> doneNewestFirst;
    for (auto it = days.rbegin(); it != days.rend(); ++it) {
        if (it->second.done)
            doneNewestFirst.push_back(it->first);
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
    const std::map<QDate, Collected> days = collect(rule, entries, today);
    const std::vector<DateRange> intervals = intervalsFor(rule, days);
    if (!days.empty())
        timeline.m_first = days.begin()->first;
    for (const DateRange& interval : intervals)
        timeline.m_first = std::min(timeline.m_first, interval.first);
    timeline.m_hasData = !days.empty();
    timeline.m_beforeFirstDay = beforeStart(rule, today) || (days.empty() && hasEntryAfter(rule, entries, today));

    std::vector<bool> covered(static_cast<std::size_t>(timeline.m_first.daysTo(today) + 1), false);
    for (const DateRange& interval : intervals) {
        for (QDate d = interval.first; d <= interval.last && d <= today; d = d.addDays(1))
            covered[static_cast<std::size_t>(timeline.m_first.daysTo(d))] = true;
    }
    timeline.m_days.resize(covered.size());
    for (std::size_t i = 0; i < covered.size(); ++i) {
        const QDate date = timeline.m_first.addDays(static_cast<qint64>(i));
        const auto found = days.find(date);
        const Collected* day = found == days.end() ? nullptr : &found->second;
        const bool due = isDueOn(timeline.m_weekdayMask, date);
        DaySummary& summary = timeline.m_days[i];
        if (day)
            summary = day->summary;
        summary.state = rule.kind == GoalKind::Check ? checkState(day, covered[i], due) : amountState(day, due);
    }
    return timeline;
}

DaySummary DailyTimeline::day(QDate date) const {
    if (date.isValid() && date >= m_first && date <= m_last)
        return m_days[static_cast<std::size_t>(m_first.daysTo(date))];
    DaySummary unknown;
    if (date.isValid() && !isDueOn(m_weekdayMask, date))
        unknown.state = DayState::Skipped;
    return unknown;
}

} // namespace selftrack::core
