// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProgressReport.h"

#include "app/cli/ItemFormatter.h"
#include "core/domain/ContentStore.h"
#include "core/domain/GoalStats.h"
#include "core/progress/ProgressEngine.h"

#include <cmath>

namespace selftrack::app {

using core::Goal;

namespace {

using core::ProgressStatus;

const char* statusName(ProgressStatus status) {
    switch (status) {
    case ProgressStatus::NotStarted:
        return "not_started";
    case ProgressStatus::OnTrack:
        return "on_track";
    case ProgressStatus::Behind:
        return "behind";
    case ProgressStatus::Done:
        return "done";
    }
    return "behind";
}

const char* periodName(core::PeriodKind kind) {
    switch (kind) {
    case core::PeriodKind::Day:
        return "day";
    case core::PeriodKind::Week:
        return "week";
    case core::PeriodKind::Month:
        return "month";
    case core::PeriodKind::Year:
        return "year";
    case core::PeriodKind::Whole:
        return "whole";
    }
    return "day";
}

template <typename T> QJsonValue optional(const std::optional<T>& value) {
    if (!value)
        return QJsonValue();
    if constexpr (std::is_same_v<T, QDate>)
        return value->toString(Qt::ISODate);
    else
        return QJsonValue(*value);
}

QJsonObject toJson(const core::GoalProgress& p) {
    return QJsonObject{{QStringLiteral("date"), p.today.toString(Qt::ISODate)},
                       {QStringLiteral("period_start"), p.period.first.toString(Qt::ISODate)},
                       {QStringLiteral("period_end"), p.period.last.toString(Qt::ISODate)},
                       {QStringLiteral("period_value"), p.periodValue},
                       {QStringLiteral("has_value"), p.hasValue},
                       {QStringLiteral("fraction"), p.fraction},
                       {QStringLiteral("expected_fraction"), p.expectedFraction},
                       {QStringLiteral("status"), QLatin1String(statusName(p.status))},
                       {QStringLiteral("streak_unit"), QLatin1String(periodName(p.streakUnit))},
                       {QStringLiteral("current_streak"), p.currentStreak},
                       {QStringLiteral("best_streak"), p.bestStreak},
                       {QStringLiteral("completion_30"), optional(p.completion30)},
                       {QStringLiteral("completion_90"), optional(p.completion90)},
                       {QStringLiteral("completion_365"), optional(p.completion365)},
                       {QStringLiteral("score"), p.score},
                       {QStringLiteral("forecast"), optional(p.forecast)},
                       {QStringLiteral("slope_per_day"), optional(p.slopePerDay)},
                       {QStringLiteral("forecast_on_time"), optional(p.forecastOnTime)}};
}

} // namespace

CliResult<QJsonObject> ProgressReport::compute(core::ContentStore& store, const Goal& goal, const QDateTime& now) {
    core::ProgressContext context = core::GoalStats::systemContext();
    context.now = now;
    auto progress = core::GoalStats::compute(store.database(), goal, context);
    if (!progress)
        return cliFail(progress.error());
    QJsonObject stats = toJson(*progress);
    stats.insert(QStringLiteral("goal_id"), goal.id);
    stats.insert(QStringLiteral("title"), goal.title);
    stats.insert(QStringLiteral("kind"), core::toString(goal.kind));
    stats.insert(QStringLiteral("unit"), goal.unit);
    stats.insert(QStringLiteral("target"), goal.target);
    stats.insert(QStringLiteral("direction"), core::toString(goal.direction));
    stats.insert(QStringLiteral("goal_period"), core::toString(goal.period));
    return stats;
}

QString ProgressReport::percent(const QJsonValue& fraction) {
    if (!fraction.isDouble())
        return QStringLiteral("-");
    return QStringLiteral("%1%").arg(std::lround(fraction.toDouble() * 100.0));
}

QStringList ProgressReport::describe(const QJsonObject& s) {
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
