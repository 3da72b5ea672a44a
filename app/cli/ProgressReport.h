// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliError.h"
#include "core/domain/Goal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace selftrack::core {
class ContentStore;
}

namespace selftrack::app {

// One goal's progress figures from core's progress engine (via core::GoalStats), as JSON with
// snake_case keys: goal_id, title, kind, unit, target, direction, goal_period, date,
// period_start, period_end, period_value, has_value, fraction, expected_fraction, status
// (not_started|on_track|behind|done), streak_unit, current_streak, best_streak,
// completion_30/90/365, score, forecast, slope_per_day, forecast_on_time.
// Records of the goal with neither a value nor a skipped/failed status are notes about the goal
// (`journal add --goal`) and do not count as check-ins.
class ProgressReport {
public:
    // `now` is a local time; the system time zone and the locale's first weekday apply.
    static CliResult<QJsonObject> compute(core::ContentStore& store, const core::Goal& goal, const QDateTime& now);
    // Short human lines ("day 2026-03-01 to 2026-03-01: 1 / 1 (100%), done", "streak 3 days", ...).
    static QStringList describe(const QJsonObject& stats);
    static QString percent(const QJsonValue& fraction);
};

} // namespace selftrack::app
