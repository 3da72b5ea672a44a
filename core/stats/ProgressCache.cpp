// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/ProgressCache.h"

#include "core/domain/GoalStats.h"
#include "core/domain/ProgressSnapshots.h"
#include "core/stats/CheckInQuery.h"

#include <QHash>

#include <cstdint>

#include <sqlite3.h>

namespace selftrack::core {

namespace {
// A resumed goal's state (and that day's figures) is rewritten in the vault about once a week:
// on the goal's own day of a 7-day cycle (spread over the goals so they do not all renew on one
// day), or when it is a week old. In between, the kept state serves every day, reading the few
// check-ins since its day; writing 200 goals' figures and states every day would cost more than
// all the reading and computing of a new day.
constexpr qint64 kStateRenewalDays = 7;

bool renewsState(const QString& goalId, qint64 stateDay, qint64 today) {
    if (today - stateDay >= kStateRenewalDays)
        return true;
    std::uint32_t phase = 0;
    for (const QChar c : goalId)
        phase = phase * 31u + c.unicode();
    return (today + phase) % kStateRenewalDays == 0;
}

bool sameRule(const GoalRule& a, const GoalRule& b) {
    return a.kind == b.kind && a.target == b.target && a.direction == b.direction && a.aggregation == b.aggregation &&
           a.period == b.period && a.frequency.numerator == b.frequency.numerator &&
           a.frequency.denominator == b.frequency.denominator && a.frequency.weekdayMask == b.frequency.weekdayMask &&
           a.start == b.start && a.deadline == b.deadline;
}

struct Entry {
    GoalRule rule;
    GoalProgress progress;
};
} // namespace

struct ProgressCache::State {
    // The day and week start every entry was computed for; entries of another day are dropped.
    QDate day;
    Qt::DayOfWeek weekStart = Qt::Monday;
    QHash<QString, Entry> entries;
    long long computations = 0;
    long long resumptions = 0;
};

ProgressCache::ProgressCache(Database& db, ContentStore& store) : m_db(db), m_state(std::make_shared<State>()) {
    store.addCommitHook([weak = std::weak_ptr<State>(m_state)](const ChangeSet& changes) -> Status {
        if (auto state = weak.lock())
            for (const QString& goalId : changes.goalsAffected())
                state->entries.remove(goalId);
        return {};
    });
}

ProgressCache::~ProgressCache() = default;

Result<GoalProgress> ProgressCache::progress(const Goal& goal, const ProgressContext& context) {
    QList<ProgressSnapshots::Snapshot> computed;
    auto progress = lookup(goal, context, context.today(), &computed);
    keep(computed, context);
    return progress;
}

void ProgressCache::keep(const QList<ProgressSnapshots::Snapshot>& computed, const ProgressContext& context) {
    // Derived data: when it cannot be stored (a full disk, a read-only file) the figures are still
    // right, and the next unlock recomputes them.
    (void)ProgressSnapshots(m_db).store(computed, context);
}

Result<QList<GoalProgress>> ProgressCache::today(const QList<Goal>& goals, const ProgressContext& context) {
    const QDate today = context.today();
    QList<GoalProgress> out;
    out.reserve(goals.size());
    QList<ProgressSnapshots::Snapshot> computed;
    for (const Goal& goal : goals) {
        auto progress = lookup(goal, context, today, &computed);
        if (!progress)
            return std::unexpected(progress.error());
        out.append(std::move(*progress));
    }
    keep(computed, context);
    return out;
}

Result<GoalProgress> ProgressCache::lookup(const Goal& goal, const ProgressContext& context, QDate today,
                                           QList<ProgressSnapshots::Snapshot>* computed) {
    State& state = *m_state;
    // Inside a transaction the records may hold writes that are not committed (and may never be).
    // A closed connection also bypasses the cache (the read then reports the error).
    sqlite3* handle = m_db.handle();
    const bool inTransaction = handle == nullptr || sqlite3_get_autocommit(handle) == 0;
    if (!inTransaction && (today != state.day || context.weekStart != state.weekStart)) {
        state.entries.clear();
        state.day = today;
        state.weekStart = context.weekStart;
    }
    const GoalRule rule = GoalStats::ruleFor(goal);
    if (inTransaction || !today.isValid()) {
        ++state.computations;
        return GoalStats::compute(m_db, goal, context);
    }
    const auto it = state.entries.constFind(goal.id);
    if (it != state.entries.cend() && sameRule(it->rule, rule))
        return it->progress;
    ProgressSnapshots snapshots(m_db);
    if (auto kept = snapshots.find(goal.id, rule, context)) {
        const qint64 todayDay = today.toJulianDay();
        if (kept->day == todayDay) {
            state.entries.insert(goal.id, Entry{rule, kept->progress});
            return std::move(kept->progress);
        }
        if (kept->day < todayDay)
            if (auto resumed = resume(goal, rule, context, today, snapshots))
                return remember(goal.id, rule, std::move(*resumed), computed, true);
    }
    ++state.computations;
    auto entries = CheckInQuery::load(m_db, goal.id, today);
    if (!entries)
        return std::unexpected(entries.error());
    auto figures = computeResumable(rule, *entries, context);
    if (!figures)
        return std::unexpected(figures.error());
    return remember(goal.id, rule, std::move(*figures), computed, false);
}

GoalProgress ProgressCache::remember(const QString& goalId, const GoalRule& rule, ResumableProgress figures,
                                     QList<ProgressSnapshots::Snapshot>* computed, bool resumed) {
    m_state->entries.insert(goalId, Entry{rule, figures.progress});
    // Resumed figures without a renewed state are not written: the kept state resumes them again
    // after the next unlock (a few milliseconds for 200 goals, less than writing them every day).
    if (resumed && !figures.state)
        return std::move(figures.progress);
    computed->append(ProgressSnapshots::Snapshot{goalId, rule, figures.progress, std::move(figures.state)});
    return std::move(figures.progress);
}

std::optional<ResumableProgress> ProgressCache::resume(const Goal& goal, const GoalRule& rule,
                                                       const ProgressContext& context, QDate today,
                                                       ProgressSnapshots& snapshots) {
    const std::optional<ResumeState> prior = snapshots.resumeState(goal.id, rule, context);
    if (!prior)
        return std::nullopt;
    auto entries = CheckInQuery::loadAfter(m_db, goal.id, QDate::fromJulianDay(prior->day), today);
    if (!entries)
        return std::nullopt; // the full read reports the error, if it persists
    auto resumed = resumeProgress(rule, *prior, *entries, context);
    if (!resumed || !*resumed)
        return std::nullopt;
    ++m_state->computations;
    ++m_state->resumptions;
    if (!renewsState(goal.id, prior->day, today.toJulianDay()))
        (*resumed)->state.reset(); // the kept state goes on serving, from its own day
    return std::move(**resumed);
}

void ProgressCache::clear() {
    m_state->entries.clear();
}

int ProgressCache::size() const {
    return static_cast<int>(m_state->entries.size());
}

long long ProgressCache::computations() const {
    return m_state->computations;
}

long long ProgressCache::resumptions() const {
    return m_state->resumptions;
}

} // namespace selftrack::core
