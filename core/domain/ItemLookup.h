// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/DomainEnums.h"
#include "core/domain/Goal.h"
#include "core/storage/Database.h"

#include <QList>

namespace selftrack::core {

struct ItemRef {
    QString id;
    ItemType type = ItemType::Goal;
    bool operator==(const ItemRef&) const = default;
};

// Finds items by what a user types: an id prefix (any item, trashed ones included: everything that
// still has revisions) or a goal title prefix. Each is one indexed SQL query; nothing loads every
// record. Read-only; not thread-safe (the Database's thread).
class ItemLookup {
public:
    explicit ItemLookup(Database& db) : m_db(db) {}

    // Items whose id starts with `prefix` (case-insensitive), in id order, at most `limit`.
    Result<QList<ItemRef>> byIdPrefix(const QString& prefix, int limit = 20);
    // Goals outside the trash whose title starts with `prefix`, compared case-insensitively
    // (Unicode), ordered by position then title. An empty prefix matches nothing.
    Result<QList<Goal>> goalsByTitlePrefix(const QString& prefix);

private:
    Database& m_db;
};

} // namespace selftrack::core
