// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/ContentStore.h"
#include "core/domain/Goal.h"
#include "core/domain/ProgressSnapshots.h"
#include "core/progress/GoalProgress.h"
#include "core/progress/ProgressContext.h"
#include "core/progress/ProgressResume.h"

#include <QList>

#include <memory>

namespace selftrack::core {

// Each goal's progress figures for one local day, kept in memory and in the vault
// (ProgressSnapshots, for the next unlock) so the Today view and a goal's statistics cost a
// lookup instead of a read of the goal's whole history. On a later day a goal's figures are
// resumed from the engine state kept in the vault and the check-ins since that state's day
// (resumeProgress(), exactly equal to a full computation); the vault gets the new day's figures
// and state about once a week per goal (resumptions() counts them). The figures are always
// those GoalStats::compute gives on the current records:
// - a commit hook on the store drops the goals of every write (ChangeSet::goalsAffected) inside
//   the write's transaction, so no later read can see figures older than a commit;
// - ContentStore deletes those goals' figures and engine states in the vault in the same
//   transaction, so the next unlock never reads figures, nor resumes from a state, older than a
//   commit (whoever wrote it: GUI, CLI, sync), a check-in dated before the state's day included;
// - a write rolled back before the hooks ran leaves the cache untouched; one rolled back after
//   them (a later hook or the COMMIT failed) only costs those goals a recomputation;
// - a new local day or first day of the week drops everything (the cache holds one day);
// - a goal passed with another rule than its figures were computed for (an unsaved edit, a stale
//   copy) is recomputed, and those figures replace the cached ones (one entry per goal id);
// - reads inside an open transaction (a batch, a hook) bypass the cache: they may see writes
//   that are not committed yet.
// All writes must go through `store`. The hook holds only a weak reference, so the cache may die
// before the store, but not after `db` (destroy it on lock). Same thread as the store.
class ProgressCache {
public:
    ProgressCache(Database& db, ContentStore& store);
    ~ProgressCache();
    ProgressCache(const ProgressCache&) = delete;
    ProgressCache& operator=(const ProgressCache&) = delete;

    Result<GoalProgress> progress(const Goal& goal, const ProgressContext& context);
    // The Today view: the figures of every goal in `goals` (in that order) for context's day.
    Result<QList<GoalProgress>> today(const QList<Goal>& goals, const ProgressContext& context);
    // Forgets everything (the next reads recompute), e.g. after the vault was unlocked again.
    void clear();

    // Goals with cached figures, and how many times figures were computed from the records:
    // what tests and the benchmark look at to tell a cache hit from a recomputation.
    int size() const;
    long long computations() const;
    // How many of those computations were resumed from a snapshot of an earlier day (reading only
    // the check-ins since that day) rather than made from every check-in.
    long long resumptions() const;

private:
    struct State;
    // Figures computed here (not found in memory or in the vault) are appended to `computed`.
    Result<GoalProgress> lookup(const Goal& goal, const ProgressContext& context, QDate today,
                                QList<ProgressSnapshots::Snapshot>* computed);
    // The goal's figures resumed from its snapshot's engine state and its check-ins since then;
    // nullopt when that state is missing, damaged or cannot be carried (then all are read).
    std::optional<ResumableProgress> resume(const Goal& goal, const GoalRule& rule, const ProgressContext& context,
                                            QDate today, ProgressSnapshots& snapshots);
    // Keeps computed figures in memory and appends them (with their state) to `computed`, which
    // the vault gets; resumed figures only when their state was renewed (see ProgressCache.cpp).
    GoalProgress remember(const QString& goalId, const GoalRule& rule, ResumableProgress figures,
                          QList<ProgressSnapshots::Snapshot>* computed, bool resumed);
    // Stores freshly computed figures in the vault for the next unlock (ProgressSnapshots).
    void keep(const QList<ProgressSnapshots::Snapshot>& computed, const ProgressContext& context);

    Database& m_db;
    std::shared_ptr<State> m_state;
};

} // namespace selftrack::core
