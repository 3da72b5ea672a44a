// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Goal.h"
#include "core/storage/Database.h"

#include <QList>

namespace selftrack::core {

// Current state of goals (the `goals` table). No revisions here: ContentStore pairs every write
// with a revision in one transaction. Not thread-safe.
class GoalRepository {
public:
    explicit GoalRepository(Database& db) : m_db(db) {}

    Status save(const Goal& goal); // insert or replace by id
    // Includes trashed goals; NotFound when there is no such id.
    Result<Goal> byId(const QString& id);
    // Not trashed; archived ones only when asked. Ordered by position, then title.
    Result<QList<Goal>> list(bool includeArchived, bool onlyDeleted = false);
    Status erase(const QString& id);

private:
    Database& m_db;
};

} // namespace selftrack::core
