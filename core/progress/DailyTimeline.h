// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/DayEntry.h"
#include "core/progress/GoalRule.h"

#include <QDate>

#include <optional>
#include <span>
#include <vector>

namespace selftrack::core {

// What one calendar day holds after collapsing its entries.
// Done: a check goal was done. Auto: not done but covered by a Loop-style frequency interval.
// Entered: an amount goal has data. Skipped: explicitly skipped, or not a due weekday.
// Failed: a check goal was marked failed. Unknown: nothing recorded.
enum class DayState { Unknown, Done, Auto, Entered, Skipped, Failed };

struct DaySummary {
    DayState state = DayState::Unknown;
    double total = 0.0;         // sum of the day's values (0 when none)
    int valueCount = 0;         // number of entries carrying a value
    std::optional<double> last; // value of the day's last entry with a value
};

// One DaySummary per day from the first known day (the oldest entry or auto interval, as Loop
// starts its score there) up to `today`. Days outside that range read as Unknown (or Skipped when
// the frequency's weekday set excludes them). Entries dated before the goal's start (when valid)
// are ignored and auto days never reach before it, so nothing before the start counts.
// Immutable after build(); cheap to query by date or by Julian day (a flat array, no lookups).
class DailyTimeline {
public:
    static DailyTimeline build(const GoalRule& rule, std::span<const DayEntry> entries, QDate today);
    // The same, starting no later than the Julian day `floorDay` (the days before the oldest entry
    // read as in a timeline built from more entries): the part of a goal's timeline from floorDay
    // on, built from its entries dated floorDay or later (see ProgressResume).
    static DailyTimeline build(const GoalRule& rule, std::span<const DayEntry> entries, QDate today, qint64 floorDay);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    // first() and last() as Julian day numbers.
    qint64 firstDay() const { return m_firstDay; }
    qint64 lastDay() const { return m_lastDay; }
    int size() const { return static_cast<int>(m_days.size()); }
    // True when at least one entry (or auto day) exists up to today.
    bool hasData() const { return m_hasData; }
    // True when today lies before the goal's first day: before its start, or before its oldest
    // entry when only entries after today exist. Loop has no figures for such days (its score
    // there is 0), so the score series is empty.
    bool beforeFirstDay() const { return m_beforeFirstDay; }

    const DaySummary& at(int offset) const { return m_days[static_cast<std::size_t>(offset)]; }
    DaySummary day(QDate date) const;
    // The summary of a Julian day, inside the range or not (then Unknown, or Skipped when not due).
    const DaySummary& onDay(qint64 julianDay) const {
        if (julianDay >= m_firstDay && julianDay <= m_lastDay)
            return m_days[static_cast<std::size_t>(julianDay - m_firstDay)];
        return outside(julianDay);
    }

private:
    const DaySummary& outside(qint64 julianDay) const;

    QDate m_first;
    QDate m_last;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = -1;
    bool m_hasData = false;
    bool m_beforeFirstDay = false;
    unsigned m_weekdayMask = 0;
    std::vector<DaySummary> m_days;
    DaySummary m_unknown;
    DaySummary m_notDue{DayState::Skipped, 0.0, 0, std::nullopt};
};

} // namespace selftrack::core
