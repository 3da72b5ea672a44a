// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProgressAdapter.h"

#include "core/progress/ProgressEngine.h"

#include <QJsonValue>
#include <QLocale>
#include <QTimeZone>

#include <vector>

namespace selftrack::app {

namespace {

using namespace selftrack::core;

PeriodKind periodKind(const QString& name) {
    if (name == QLatin1String("week"))
        return PeriodKind::Week;
    if (name == QLatin1String("month"))
        return PeriodKind::Month;
    if (name == QLatin1String("year"))
        return PeriodKind::Year;
    if (name == QLatin1String("whole"))
        return PeriodKind::Whole;
    return PeriodKind::Day;
}

const char* periodName(PeriodKind kind) {
    switch (kind) {
    case PeriodKind::Day:
        return "day";
    case PeriodKind::Week:
        return "week";
    case PeriodKind::Month:
        return "month";
    case PeriodKind::Year:
        return "year";
    case PeriodKind::Whole:
        return "whole";
    }
    return "day";
}

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

GoalRule toRule(const ProgressInput& in) {
    GoalRule rule;
    rule.kind = in.amount ? GoalKind::Amount : GoalKind::Check;
    rule.target = in.target;
    rule.direction = in.atMost ? Direction::AtMost : Direction::AtLeast;
    rule.aggregation = in.aggregation == QLatin1String("average") ? Aggregation::Average
                       : in.aggregation == QLatin1String("last")  ? Aggregation::Last
                                                                  : Aggregation::Sum;
    rule.period = periodKind(in.period);
    rule.frequency = Frequency{in.freqNum, in.freqDen, static_cast<unsigned>(in.weekdays)};
    rule.start = in.start;
    rule.deadline = in.deadline;
    return rule;
}

EntryStatus toStatus(ProgressInput::Status status) {
    switch (status) {
    case ProgressInput::Status::Done:
        return EntryStatus::Done;
    case ProgressInput::Status::Skipped:
        return EntryStatus::Skipped;
    case ProgressInput::Status::Failed:
        return EntryStatus::Failed;
    }
    return EntryStatus::Done;
}

template <typename T> QJsonValue optional(const std::optional<T>& value) {
    if (!value)
        return QJsonValue();
    if constexpr (std::is_same_v<T, QDate>)
        return value->toString(Qt::ISODate);
    else
        return QJsonValue(*value);
}

QJsonObject toJson(const GoalProgress& p) {
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

CliResult<QJsonObject> ProgressAdapter::compute(const ProgressInput& input, const QDateTime& now) {
    std::vector<DayEntry> entries;
    entries.reserve(static_cast<std::size_t>(input.entries.size()));
    for (const ProgressInput::Entry& e : input.entries)
        entries.push_back(DayEntry{e.day, e.value, toStatus(e.status)});
    ProgressContext context;
    context.now = now;
    context.timeZone = QTimeZone::systemTimeZone();
    context.weekStart = QLocale::system().firstDayOfWeek();
    auto progress = computeProgress(toRule(input), entries, context);
    if (!progress)
        return cliFail(progress.error());
    return toJson(*progress);
}

} // namespace selftrack::app
