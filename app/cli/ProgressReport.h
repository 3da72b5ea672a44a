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

// Progress figures of one goal at a local time: the engine's figures (see ProgressAdapter) plus
// goal_id, title, kind, unit, target, direction and goal_period. Records of the goal that carry
// neither a value nor a skipped/failed status are notes about the goal (`journal add --goal`)
// and do not count as check-ins.
class GoalStats {
public:
    static CliResult<QJsonObject> compute(core::ContentStore& store, const core::Goal& goal, const QDateTime& now);
    // Short human lines ("today 1 / 1 (100%) done", "streak 3 days (best 5)", ...).
    static QStringList describe(const QJsonObject& stats);
    static QString percent(const QJsonValue& fraction);
};

} // namespace selftrack::app
