// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"

namespace selftrack::core {

// The vault's SQL schema, versioned by PRAGMA user_version. Each migration runs in its own
// transaction together with the user_version bump, so a crash leaves the previous version intact.
class Schema {
public:
    static constexpr int kCurrentVersion = 6;
    // 'STR1': marks the file as a SelfTrack vault database.
    static constexpr int kApplicationId = 0x53545231;

    // Creates the schema in an empty database.
    static Status create(Database& db);
    // Checks the application id and version; migrates older schemas up to kCurrentVersion.
    // NotOurDatabase or DatabaseTooNew without writing anything when the file is not ours or newer.
    static Status checkAndMigrate(Database& db);
    // Migrates from `fromVersion` to `toVersion` (exposed for the migration tests).
    static Status migrate(Database& db, int fromVersion, int toVersion);
};

} // namespace selftrack::core
