// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/ProgressResume.h"

#include "core/progress/DailyTimeline.h"
#include "core/progress/Periods.h"
#include "core/progress/ProgressEngine.h"
#include "core/progress/UnitWalker.h"

#include <algorithm>
#include <limits>

namespace selftrack::core {

namespace {

// Days the figures look back from today besides the score: the 365-day completion rate (whose
// oldest unit may start earlier, hence the boundary's alignment to a unit), the current period
// (a year at most) and the forecast's window.
constexpr qint64 kLookbackDays = 367;

// Loop's automatic days exist only for check habits below daily without a weekday set.
bool hasAutoDays(const GoalRule& rule) {
    const Frequency frequency = rule.frequency.normalized();
    return rule.kind == GoalKind::Check && !rule.frequency.usesWeekdays() &&
           !(frequency.numerator == 1 && frequency.denominator == 1);
}

// How far before the boundary the tail must reach so that the days from the boundary on get the
// same automatic days as in the whole timeline: an interval that begins before the tail ends
// before the boundary (an interval is at most a month long, and snapping only moves it back).
qint64 autoMargin(const GoalRule& rule) {
    return hasAutoDays(rule) ? std::max<qint64>(rule.frequency.normalized().denominator, 31) + 1 : 0;
}

// The first day of the unit containing the day about a year (or a score window) before `day`.
qint64 boundaryFor(const GoalRule& rule, qint64 day, Qt::DayOfWeek weekStart) {
    const qint64 lookback = std::max<qint64>(kLookbackDays, scoreWindowDays(rule) + 1);
    return UnitWalker(streakUnit(rule), QDate::fromJulianDay(day - lookback + 1), weekStart).first();
}

bool counts(const GoalRule& rule, const DayEntry& entry, QDate today) {
    return entry.date.isValid() && entry.date <= today && entry.date >= rule.start;
}

// For check goals only a day's strongest status counts (done over skipped over failed: see
// DailyTimeline), never a value.
int strength(EntryStatus status) {
    switch (status) {
    case EntryStatus::Done:
        return 2;
    case EntryStatus::Skipped:
        return 1;
    case EntryStatus::Failed:
        break;
    }
    return 0;
}

// The check-ins that count dated from `firstDay` to today, as the tail keeps them: a check goal's
// collapsed to one value-less entry per day (the timeline built from them is the same).
std::vector<DayEntry> entriesFrom(const GoalRule& rule, std::span<const DayEntry> entries, qint64 firstDay,
                                  QDate today) {
    std::vector<DayEntry> out;
    const bool isCheck = rule.kind == GoalKind::Check;
    for (const DayEntry& entry : entries) {
        if (!counts(rule, entry, today) || entry.date.toJulianDay() < firstDay)
            continue;
        if (!isCheck) {
            out.push_back(entry);
            continue;
        }
        // Entries come sorted by day (a day's entries left apart, when not, count the same).
        if (out.empty() || out.back().date != entry.date)
            out.push_back(DayEntry{entry.date, std::nullopt, entry.status});
        else if (strength(entry.status) > strength(out.back().status))
            out.back().status = entry.status;
    }
    return out;
}

// The state as of the timeline's today, computed from every check-in (`timeline` is the whole one).
std::optional<ResumeState> captureState(const GoalRule& rule, std::span<const DayEntry> entries,
                                        const DailyTimeline& timeline, const ProgressContext& context,
                                        const ScoreState& score) {
    const QDate today = timeline.last();
    ResumeState state;
    state.day = today.toJulianDay();
    state.boundary = boundaryFor(rule, state.day, context.weekStart);
    const qint64 tailFirst = state.boundary - autoMargin(rule);
    state.tail = entriesFrom(rule, entries, tailFirst, today);
    state.coversAll = std::none_of(entries.begin(), entries.end(), [&](const DayEntry& entry) {
        return counts(rule, entry, today) && entry.date.toJulianDay() < tailFirst;
    });
    if (state.coversAll)
        return state;
    if (timeline.beforeFirstDay() || !timeline.hasData() || !score.started)
        return std::nullopt;
    state.firstDay = timeline.firstDay();
    state.score = score;
    const qint64 before = state.boundary - 1;
    state.streaks = streakTailOf(rule, timeline, before, timeline.firstDay(), state.day, context.weekStart);
    state.streaks.finish();
    if (rule.period == PeriodKind::Whole) {
        const qint64 last = rule.deadline ? std::min(before, rule.deadline->toJulianDay()) : before;
        state.whole.add(rule, timeline, std::max(rule.start.toJulianDay(), state.firstDay), last);
    }
    addCumulativeDays(rule, timeline, rule.start.toJulianDay(), before, state.cumulative);
    return state;
}

// `prior` carried to the timeline's today (the figures were resumed on `timeline` from `prior`).
ResumeState advanceState(const GoalRule& rule, const ResumeState& prior, std::span<const DayEntry> entries,
                         const DailyTimeline& timeline, const ProgressContext& context, const ScoreState& score) {
    const QDate today = timeline.last();
    ResumeState next;
    next.day = today.toJulianDay();
    next.boundary = boundaryFor(rule, next.day, context.weekStart);
    next.firstDay = prior.firstDay;
    next.score = score;
    const qint64 before = next.boundary - 1;
    next.streaks = streakTailOf(rule, timeline, before, prior.boundary, next.day, context.weekStart);
    next.streaks.appendOlder(prior.streaks);
    next.whole = prior.whole;
    if (rule.period == PeriodKind::Whole) {
        const qint64 from = std::max({prior.boundary, rule.start.toJulianDay(), prior.firstDay});
        const qint64 last = rule.deadline ? std::min(before, rule.deadline->toJulianDay()) : before;
        next.whole.add(rule, timeline, from, last);
    }
    next.cumulative = prior.cumulative;
    addCumulativeDays(rule, timeline, std::max(prior.boundary, rule.start.toJulianDay()), before, next.cumulative);
    next.tail = entriesFrom(rule, entries, next.boundary - autoMargin(rule), today);
    return next;
}

} // namespace

Result<ResumableProgress> computeResumable(const GoalRule& rule, std::span<const DayEntry> entries,
                                           const ProgressContext& context) {
    if (auto valid = validateRule(rule); !valid)
        return std::unexpected(valid.error());
    const QDate today = context.today();
    if (!today.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The current time is not valid."));
    const DailyTimeline timeline = DailyTimeline::build(rule, entries, today);
    ScoreState score;
    ResumableProgress out;
    out.progress = progressOnTimeline(rule, timeline, context, nullptr, &score);
    out.state = captureState(rule, entries, timeline, context, score);
    return out;
}

Result<std::optional<ResumableProgress>> resumeProgress(const GoalRule& rule, const ResumeState& prior,
                                                        std::span<const DayEntry> newEntries,
                                                        const ProgressContext& context) {
    if (auto valid = validateRule(rule); !valid)
        return std::unexpected(valid.error());
    const QDate today = context.today();
    if (!today.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The current time is not valid."));
    const qint64 todayDay = today.toJulianDay();
    if (todayDay <= prior.day)
        return std::optional<ResumableProgress>();
    std::vector<DayEntry> entries = prior.tail;
    for (const DayEntry& entry : newEntries) {
        if (entry.date.isValid() && entry.date.toJulianDay() > prior.day && entry.date <= today)
            entries.push_back(entry);
    }
    if (prior.coversAll) {
        auto fresh = computeResumable(rule, entries, context);
        if (!fresh)
            return std::unexpected(fresh.error());
        return std::optional<ResumableProgress>(std::move(*fresh));
    }
    if (hasAutoDays(rule)) {
        const bool newDone = std::any_of(newEntries.begin(), newEntries.end(), [&](const DayEntry& entry) {
            return entry.status == EntryStatus::Done && counts(rule, entry, today) &&
                   entry.date.toJulianDay() > prior.day;
        });
        if (newDone)
            return std::optional<ResumableProgress>();
    }
    const DailyTimeline timeline = DailyTimeline::build(rule, entries, today, prior.boundary - autoMargin(rule));
    ScoreState score;
    ResumableProgress out;
    out.progress = progressOnTimeline(rule, timeline, context, &prior, &score);
    out.state = advanceState(rule, prior, entries, timeline, context, score);
    return std::optional<ResumableProgress>(std::move(out));
}

} // namespace selftrack::core
