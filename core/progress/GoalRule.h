// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DomainEnums.h"

#include <QDate>
#include <Qt>

#include <initializer_list>
#include <optional>

namespace selftrack::core {

// Plain input types of the progress engine. The domain layer (Goal, Record) maps onto these;
// the engine never sees storage or UI types.

// GoalKind, Direction and Aggregation are the domain's own enums (core/domain/DomainEnums.h).
enum class PeriodKind { Day, Week, Month, Year, Whole };

// How often a habit is due: "numerator times per denominator days" (Loop Habit Tracker's model),
// or, when weekdayMask is non-zero, every one of those weekdays: the habit is then daily and the
// other weekdays count as skipped (Loop's skip days). Bit (Qt::Monday - 1) is Monday ... bit 6 is
// Sunday.
struct Frequency {
    int numerator = 1;
    int denominator = 1;
    unsigned weekdayMask = 0;

    static Frequency perDays(int times, int days) { return Frequency{times, days, 0}; }
    static Frequency onWeekdays(std::initializer_list<Qt::DayOfWeek> days);

    bool usesWeekdays() const { return weekdayMask != 0; }
    bool isDue(Qt::DayOfWeek day) const;
    // Loop's normalisation: x per x days is daily (1/1); so is a weekday set (see above).
    Frequency normalized() const;
    double ratio() const;
};

// One goal's rule. Contract:
// - Check goals count days with status Done; `target` is the number of done days wanted per
//   `period` (1 for a plain daily habit) and `frequency` drives the habit score and Loop-style
//   automatic completion of the days between repetitions.
// - Amount goals aggregate entry values per `period` with `aggregation` and compare them with
//   `target` in `direction`. Their score window is `frequency` when it is not 1/1, else the period
//   length (day 1, week 7, month 30, year 365 days), as Loop does for numerical habits.
// - PeriodKind::Whole is cumulative from `start` to `deadline` (or to today without one).
// - `target` must be >= 0 and finite; `start` must be valid (ProgressEngine rejects others).
struct GoalRule {
    GoalKind kind = GoalKind::Check;
    double target = 1.0;
    Direction direction = Direction::AtLeast;
    Aggregation aggregation = Aggregation::Sum;
    PeriodKind period = PeriodKind::Day;
    Frequency frequency;
    QDate start;
    std::optional<QDate> deadline;
};

// The frequency the habit score uses for `rule` (see GoalRule), already normalised.
Frequency scoreFrequency(const GoalRule& rule);

} // namespace selftrack::core
