// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Milestone.h"
#include "core/storage/Database.h"

#include <QList>

namespace selftrack::core {

// Current state of milestones. Not thread-safe.
class MilestoneRepository {
public:
    explicit MilestoneRepository(Database& db) : m_db(db) {}

    Status save(const Milestone& milestone);
    Result<Milestone> byId(const QString& id); // includes trashed
    // Milestones of a goal (or all when goalId is empty), trashed ones only when asked.
    Result<QList<Milestone>> list(const QString& goalId, bool onlyDeleted = false);
    Status erase(const QString& id);

private:
    Database& m_db;
};

} // namespace selftrack::core
