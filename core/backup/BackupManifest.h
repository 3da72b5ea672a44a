// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace selftrack::core {

// What a vault database holds, counted the same way when a backup is made and when it is
// checked or restored. Trashed items are counted apart.
struct BackupCounts {
    std::int64_t goals = 0;
    std::int64_t milestones = 0;
    std::int64_t categories = 0;
    std::int64_t records = 0; // check-ins and data points (records with a goal)
    std::int64_t entries = 0; // journal entries (records without a goal)
    std::int64_t revisions = 0;
    std::int64_t trashed = 0;

    // Counts in `db` (inside the caller's read transaction, if any).
    static Result<BackupCounts> of(Database& db);
    bool operator==(const BackupCounts&) const = default;
};

// The encrypted manifest of a backup (JSON, docs/backup-format.md): what the snapshot holds and
// how to open it. It holds no secret; the database key travels beside it in the encrypted stream.
struct BackupManifest {
    QString created; // ISO 8601, UTC
    QString appVersion;
    QString deviceId;
    int schemaVersion = 0;
    std::int64_t databaseBytes = 0;
    CipherSettings cipher;
    BackupCounts counts;

    QByteArray toJson() const;
    // Corrupt when the JSON is not a manifest (it passed authentication, so only a bug or a
    // forged file with the right passphrase gets here).
    static Result<BackupManifest> fromJson(const QByteArray& json);
    QJsonObject toJsonObject() const;
};

} // namespace selftrack::core
