// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/progress/GoalProgress.h"
#include "core/progress/GoalRule.h"
#include "core/progress/ProgressContext.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace selftrack::core {

// Each goal's figures for one local day kept in the vault (table progress_snapshots), so the
// first Today view after an unlock reads 200 small rows instead of every goal's history. Derived
// data: not Content, no revisions, never synced or exported. A snapshot is found only for the
// same goal, day, first day of the week, time zone and rule it was computed for; a damaged one is
// not found (the caller recomputes). ContentStore drops the snapshots of every goal a write
// affects inside the write's transaction, whichever front-end writes, so a snapshot never
// outlives a committed change of its goal's records. ProgressCache reads and stores them.
// Same thread as the Database.
class ProgressSnapshots {
public:
    struct Snapshot {
        QString goalId;
        GoalRule rule;
        GoalProgress progress;
    };

    explicit ProgressSnapshots(Database& db) : m_db(db) {}

    std::optional<GoalProgress> find(const QString& goalId, const GoalRule& rule, const ProgressContext& context);
    // Stores every snapshot (replacing the goals' earlier ones) in one transaction.
    Status store(const QList<Snapshot>& snapshots, const ProgressContext& context);
    // Inside the caller's transaction: the goal's snapshot is gone when that transaction commits.
    Status drop(const QString& goalId);

    // What the key and the figures are stored as (exposed for the tests).
    static QByteArray keyOf(const GoalRule& rule, const ProgressContext& context);
    static QByteArray encode(const GoalProgress& progress);
    static std::optional<GoalProgress> decode(const QByteArray& bytes);

private:
    Database& m_db;
};

} // namespace selftrack::core
