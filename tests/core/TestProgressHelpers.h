// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only helpers for the progress engine suites: entries relative to a fixed "today".
#pragma once

#include "core/progress/DayEntry.h"
#include "core/progress/GoalRule.h"
#include "core/progress/ProgressContext.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace selftrack::core::testing {

// Builds entries by "days ago" offsets from a fixed day, like Loop's own score tests do.
class EntryBuilder {
public:
    explicit EntryBuilder(QDate today) : m_today(today) {}

    EntryBuilder& done(int daysAgo) { return add(daysAgo, std::nullopt, EntryStatus::Done); }
    EntryBuilder& failed(int daysAgo) { return add(daysAgo, std::nullopt, EntryStatus::Failed); }
    EntryBuilder& skipped(int daysAgo) { return add(daysAgo, std::nullopt, EntryStatus::Skipped); }
    EntryBuilder& value(int daysAgo, double amount) { return add(daysAgo, amount, EntryStatus::Done); }
    // Done on every day in [fromDaysAgo, toDaysAgo) (Loop's check(from, to)).
    EntryBuilder& doneRange(int fromDaysAgo, int toDaysAgo) {
        for (int i = fromDaysAgo; i < toDaysAgo; ++i)
            done(i);
        return *this;
    }
    EntryBuilder& valueRange(int fromDaysAgo, int toDaysAgo, double amount) {
        for (int i = fromDaysAgo; i < toDaysAgo; ++i)
            value(i, amount);
        return *this;
    }
    // Replaces whatever was recorded on that day (Loop's entries are one per day).
    EntryBuilder& replaceWithSkip(int daysAgo) {
        std::erase_if(m_entries, [&](const DayEntry& e) { return e.date == m_today.addDays(-daysAgo); });
        return skipped(daysAgo);
    }

    const std::vector<DayEntry>& entries() const { return m_entries; }

private:
    EntryBuilder& add(int daysAgo, std::optional<double> amount, EntryStatus status) {
        m_entries.push_back(DayEntry{m_today.addDays(-daysAgo), amount, status});
        return *this;
    }

    QDate m_today;
    std::vector<DayEntry> m_entries;
};

// A context whose local day is `today` (noon UTC, so no time zone question arises).
inline ProgressContext contextOn(QDate today, Qt::DayOfWeek weekStart = Qt::Monday) {
    return ProgressContext{QDateTime(today, QTime(12, 0), QTimeZone::utc()), QTimeZone::utc(), weekStart};
}

inline GoalRule dailyCheck(QDate start) {
    GoalRule rule;
    rule.start = start;
    return rule;
}

inline GoalRule amountGoal(double target, Direction direction, Aggregation aggregation, PeriodKind period,
                           QDate start) {
    GoalRule rule;
    rule.kind = GoalKind::Amount;
    rule.target = target;
    rule.direction = direction;
    rule.aggregation = aggregation;
    rule.period = period;
    rule.start = start;
    return rule;
}

} // namespace selftrack::core::testing
