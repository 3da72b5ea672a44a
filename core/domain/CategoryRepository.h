// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Category.h"
#include "core/storage/Database.h"

#include <QList>

namespace selftrack::core {

// Current state of categories (groups of goals). Not thread-safe.
class CategoryRepository {
public:
    explicit CategoryRepository(Database& db) : m_db(db) {}

    Status save(const Category& category);
    Result<Category> byId(const QString& id); // includes trashed
    // Ordered by position, then name; trashed ones only when asked.
    Result<QList<Category>> list(bool onlyDeleted = false);
    Status erase(const QString& id);

private:
    Database& m_db;
};

} // namespace selftrack::core
