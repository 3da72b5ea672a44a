// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Revision.h"
#include "core/storage/Database.h"

#include <QList>

namespace selftrack::core {

// Append-only log of revisions in the `revisions` table. Callers run append() inside the same
// transaction as the current-state change. Not thread-safe.
class RevisionLog {
public:
    explicit RevisionLog(Database& db) : m_db(db) {}

    // Stores `revision` (its revId must be set); content is written as canonical compact JSON.
    Status append(const Revision& revision);
    Result<QList<Revision>> history(const QString& itemId);
    Result<Revision> byId(const QString& revId);
    // Removes every revision of the item (purge).
    Status erase(const QString& itemId);

    static QByteArray canonical(const QJsonObject& content);

private:
    static Result<Revision> read(const Statement& row);
    Database& m_db;
};

} // namespace selftrack::core
