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

    // Stores `revision` (its revId must be set) with `content`, the item's canonical compact JSON
    // (contentOf); revision.content is not read.
    Status append(const Revision& revision, const QByteArray& content);
    // The same with canonical(revision.content).
    Status append(const Revision& revision) { return append(revision, canonical(revision.content)); }
    Result<QList<Revision>> history(const QString& itemId);
    Result<Revision> byId(const QString& revId);
    // Removes every revision of the item (purge).
    Status erase(const QString& itemId);

    static QByteArray canonical(const QJsonObject& content);
    // canonical(item.toJson()); an item type with its own canonicalJson() (the same bytes, written
    // without a QJsonObject: Record) uses that.
    template <typename T> static QByteArray contentOf(const T& item) {
        if constexpr (requires { item.canonicalJson(); })
            return item.canonicalJson();
        else
            return canonical(item.toJson());
    }

private:
    static Result<Revision> read(const Statement& row);
    Database& m_db;
};

} // namespace selftrack::core
