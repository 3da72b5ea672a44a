// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/GoalStats.h"

#include "app/cli/ItemFormatter.h"
#include "app/cli/ProgressAdapter.h"
#include "core/domain/ContentStore.h"

#include <cmath>

namespace selftrack::app {

using core::Goal;

namespace {

ProgressInput toInput(const Goal& goal, const QList<core::Record>& records) {
    ProgressInput in;
    in.amount = goal.kind == core::GoalKind::Amount;
    in.atMost = goal.direction == core::Direction::AtMost;
    in.aggregation = core::toString(goal.aggregation);
    in.period = core::toString(goal.period);
    in.target = goal.target;
    in.freqNum = goal.freqNum;
    in.freqDen = goal.freqDen;
    in.weekdays = goal.weekdays;
    in.start = goal.startDate;
    in.deadline = goal.deadline;
    for (const core::Record& r : records) {
        const bool noteOnly = !r.value && r.status == core::RecordStatus::Done;
        if (noteOnly)
            continue;
        const auto status = r.status == core::RecordStatus::Skipped  ? ProgressInput::Status::Skipped
                            : r.status == core::RecordStatus::Failed ? ProgressInput::Status::Failed
                                                                     : ProgressInput::Status::Done;
        in.entries.append(ProgressInput::Entry{r.day, r.value, status});
    }
    return in;
}

} // namespace

CliResult<QJsonObject> GoalStats::compute(core::ContentStore& store, const Goal& goal, const QDateTime& now) {
    core::RecordFilter filter;
    filter.goalId = goal.id;
    auto records = store.records(filter);
    if (!records)
        return cliFail(records.error());
    auto stats = ProgressAdapter::compute(toInput(goal, *records), now);
    if (!stats)
        return stats;
    stats->insert(QStringLiteral("goal_id"), goal.id);
    stats->insert(QStringLiteral("title"), goal.title);
    stats->insert(QStringLiteral("kind"), core::toString(goal.kind));
    stats->insert(QStringLiteral("unit"), goal.unit);
    stats->insert(QStringLiteral("target"), goal.target);
    stats->insert(QStringLiteral("direction"), core::toString(goal.direction));
    stats->insert(QStringLiteral("goal_period"), core::toString(goal.period));
    return stats;
}

QString GoalStats::percent(const QJsonValue& fraction) {
    if (!fraction.isDouble())
        return QStringLiteral("-");
    return QStringLiteral("%1%").arg(std::lround(fraction.toDouble() * 100.0));
}

QStringList GoalStats::describe(const QJsonObject& s) {
    const QString unit = s.value(QStringLiteral("unit")).toString();
    const QString status = s.value(QStringLiteral("status")).toString().replace(QLatin1Char('_'), QLatin1Char(' '));
    QStringList lines;
    lines.append(QStringLiteral("%1 %2 to %3: %4 / %5%6 (%7), %8")
                     .arg(s.value(QStringLiteral("goal_period")).toString(),
                          s.value(QStringLiteral("period_start")).toString(),
                          s.value(QStringLiteral("period_end")).toString(),
                          ItemFormatter::number(s.value(QStringLiteral("period_value")).toDouble()),
                          ItemFormatter::number(s.value(QStringLiteral("target")).toDouble()),
                          unit.isEmpty() ? QString() : QLatin1Char(' ') + unit,
                          percent(s.value(QStringLiteral("fraction"))), status));
    const QString streakUnit = s.value(QStringLiteral("streak_unit")).toString();
    lines.append(QStringLiteral("streak %1 %2s (best %3)")
                     .arg(s.value(QStringLiteral("current_streak")).toInt())
                     .arg(streakUnit)
                     .arg(s.value(QStringLiteral("best_streak")).toInt()));
    lines.append(
        QStringLiteral("completion 30d %1, 90d %2, 365d %3; score %4")
            .arg(percent(s.value(QStringLiteral("completion_30"))), percent(s.value(QStringLiteral("completion_90"))),
                 percent(s.value(QStringLiteral("completion_365"))), percent(s.value(QStringLiteral("score")))));
    if (s.value(QStringLiteral("forecast")).isString())
        lines.append(QStringLiteral("forecast: target reached on %1%2")
                         .arg(s.value(QStringLiteral("forecast")).toString(),
                              s.value(QStringLiteral("forecast_on_time")).isBool()
                                  ? (s.value(QStringLiteral("forecast_on_time")).toBool() ? QStringLiteral(" (on time)")
                                                                                          : QStringLiteral(" (late)"))
                                  : QString()));
    return lines;
}

} // namespace selftrack::app
