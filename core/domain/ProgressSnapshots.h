// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/progress/GoalProgress.h"
#include "core/progress/GoalRule.h"
#include "core/progress/ProgressContext.h"
#include "core/progress/ResumeState.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace selftrack::core {

// Each goal's figures for one local day (table progress_snapshots), and the progress engine's
// state as of a day (ResumeState, table progress_states; the day of the figures or an earlier
// one), kept in the vault: the first Today view after an unlock reads 200 small rows instead of
// every goal's history, and the first one of a new day reads each goal's check-ins since its
// state's day only. The state is a table of its own because it is larger (a year of check-ins)
// and need not be rewritten every day: the figures of a resumed day are, the state only now
// and then (ProgressCache decides). Derived data: not Content, no revisions,
// never synced or exported. A snapshot is found only for the same goal, first day of the week,
// time zone and rule it was computed for; a damaged one is not found (the caller recomputes).
// ContentStore drops the snapshots of every goal a write affects inside the write's transaction,
// whichever front-end writes, so a snapshot never outlives a committed change of its goal's
// records (a check-in dated after the snapshot's day included). ProgressCache reads and stores
// them. Same thread as the Database.
class ProgressSnapshots {
public:
    struct Snapshot {
        QString goalId;
        GoalRule rule;
        GoalProgress progress;
        std::optional<ResumeState> state; // when set, replaces the kept state
    };

    // What find() gives: the figures of `day` (a Julian day); the state is read by resumeState().
    struct Kept {
        qint64 day = 0;
        GoalProgress progress;
    };

    explicit ProgressSnapshots(Database& db) : m_db(db) {}

    // The goal's kept figures for this rule and context (of any day), if any.
    std::optional<Kept> find(const QString& goalId, const GoalRule& rule, const ProgressContext& context);
    // The goal's kept engine state for this rule and context (read separately: only a new day
    // needs it).
    std::optional<ResumeState> resumeState(const QString& goalId, const GoalRule& rule, const ProgressContext& context);
    // Stores every snapshot (replacing the goals' earlier figures, and their state when the
    // snapshot has one) in one transaction.
    Status store(const QList<Snapshot>& snapshots, const ProgressContext& context);
    // Inside the caller's transaction: the goal's figures and state are gone when that
    // transaction commits.
    Status drop(const QString& goalId);

    // What the key and the figures are stored as (exposed for the tests).
    static QByteArray keyOf(const GoalRule& rule, const ProgressContext& context);
    static QByteArray encode(const GoalProgress& progress);
    static std::optional<GoalProgress> decode(const QByteArray& bytes);

private:
    Database& m_db;
};

} // namespace selftrack::core
