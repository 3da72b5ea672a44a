// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliError.h"
#include "app/cli/ProgressInput.h"

#include <QDateTime>
#include <QJsonObject>

namespace selftrack::app {

// Runs core's progress engine for one goal and returns its figures as JSON (snake_case keys:
// date, period_start, period_end, period_value, has_value, fraction, expected_fraction, status,
// streak_unit, current_streak, best_streak, completion_30/90/365, score, forecast,
// slope_per_day, forecast_on_time). `now` is a local time; the system time zone and the
// locale's first day of the week apply.
class ProgressAdapter {
public:
    static CliResult<QJsonObject> compute(const ProgressInput& input, const QDateTime& now);
};

} // namespace selftrack::app
