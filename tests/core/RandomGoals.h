// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only: random goal rules, histories and contexts of every shape, for the property tests.
#pragma once

#include "core/progress/DayEntry.h"
#include "core/progress/GoalRule.h"
#include "core/progress/ProgressContext.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <random>
#include <vector>

namespace selftrack::core::testing {

class RandomGoals {
public:
    explicit RandomGoals(unsigned seed) : m_rng(seed) {}

    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(int percent) { return uniform(0, 99) < percent; }

    Frequency frequency() {
        switch (uniform(0, 5)) {
        case 0:
        case 1:
            return Frequency{};
        case 2:
            return Frequency{1, 1, static_cast<unsigned>(uniform(1, 0x7F))};
        case 3: {
            static const int kMonthly[] = {30, 31};
            return Frequency::perDays(uniform(1, 3), kMonthly[uniform(0, 1)]);
        }
        default: {
            const int days = uniform(1, 14);
            return Frequency::perDays(uniform(1, days), days);
        }
        }
    }

    GoalRule rule(QDate today) {
        GoalRule rule;
        rule.kind = chance(50) ? GoalKind::Check : GoalKind::Amount;
        rule.period = static_cast<PeriodKind>(uniform(0, 4));
        rule.direction = chance(30) ? Direction::AtMost : Direction::AtLeast;
        rule.aggregation = static_cast<Aggregation>(uniform(0, 2));
        rule.frequency = frequency();
        rule.start = today.addDays(-uniform(-20, 1500));
        if (chance(40))
            rule.deadline = rule.start.addDays(uniform(0, 1800));
        if (rule.kind == GoalKind::Check)
            rule.target = rule.period == PeriodKind::Day ? 1.0 : uniform(0, 12);
        else
            rule.target = chance(10) ? 0.0 : uniform(1, 400) / 4.0;
        return rule;
    }

    std::vector<DayEntry> entries(const GoalRule& rule, QDate today) {
        std::vector<DayEntry> entries;
        const int span = static_cast<int>(rule.start.daysTo(today));
        const int count = chance(10) ? 0 : uniform(1, std::max(2, span + 40));
        const int density = uniform(20, 100); // share of the chosen days that really get an entry
        for (int i = 0; i < count; ++i) {
            if (!chance(density))
                continue;
            DayEntry entry;
            entry.date = chance(2) ? QDate() : rule.start.addDays(uniform(-60, span + 30));
            const int roll = uniform(0, 99);
            entry.status = roll < 75 ? EntryStatus::Done : (roll < 88 ? EntryStatus::Skipped : EntryStatus::Failed);
            if (rule.kind == GoalKind::Amount ? chance(90) : chance(50))
                entry.value = uniform(-20, 400) / 8.0;
            entries.push_back(entry);
            if (chance(15)) // a second entry on the same day
                entries.push_back(DayEntry{entry.date, uniform(0, 100) / 3.0, entry.status});
        }
        std::stable_sort(entries.begin(), entries.end(),
                         [](const DayEntry& a, const DayEntry& b) { return a.date < b.date; });
        return entries;
    }

    ProgressContext context(QDate today) {
        static const Qt::DayOfWeek kWeekStarts[] = {Qt::Monday, Qt::Sunday, Qt::Saturday, Qt::Wednesday};
        ProgressContext context;
        context.now = QDateTime(today, QTime(uniform(0, 23), uniform(0, 59)), QTimeZone::utc());
        context.weekStart = kWeekStarts[uniform(0, 3)];
        return context;
    }

private:
    std::mt19937 m_rng;
};

} // namespace selftrack::core::testing
