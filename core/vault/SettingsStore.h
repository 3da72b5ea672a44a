// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/crypto/SecureBuffer.h"
#include "core/vault/VaultSettings.h"

#include <QString>

#include <optional>

namespace selftrack::core {

class Database;

// Reads and writes the vault's settings: text values by key in the `settings` table (there since
// schema 1). Settings are not Content: no revisions, no undo, not synced item by item. Not
// thread-safe: use from the thread that owns the Database.
class SettingsStore {
public:
    // Keys of the VaultSettings fields (stable: stored in vaults).
    static constexpr auto kAutoLockMinutes = "security.auto_lock_minutes";
    static constexpr auto kLockOnMinimize = "security.lock_on_minimize";
    static constexpr auto kLockOnScreenLock = "security.lock_on_screen_lock";
    static constexpr auto kRemindersEnabled = "reminders.enabled";
    static constexpr auto kWeekStart = "calendar.week_start";
    static constexpr auto kBackupSchedule = "backup.schedule";
    static constexpr auto kBackupFolder = "backup.folder";
    static constexpr auto kBackupKeep = "backup.keep";
    static constexpr auto kBackupLastRun = "backup.last_run";
    static constexpr auto kBackupLastError = "backup.last_error";
    // The passphrase of scheduled backups, as UTF-8 bytes (never a QString); inside the encrypted
    // vault like every setting (docs/security.md).
    static constexpr auto kBackupPassphrase = "backup.passphrase";

    explicit SettingsStore(Database& db) : m_db(db) {}

    // The stored settings; a key not stored yet, or a value this version cannot read (written by
    // a newer one, or damaged), takes its default, so a settings problem never keeps a vault shut.
    Result<VaultSettings> load() const;
    // Writes every field in one transaction. InvalidInput (nothing written) for values out of range.
    Status save(const VaultSettings& settings);

    // The raw text of `key`; nullopt when it is not stored.
    Result<std::optional<QString>> value(const QString& key) const;
    Status setValue(const QString& key, const QString& value);

    // The stored backup passphrase (empty when none), and storing one (empty = remove it).
    Result<SecureBuffer> backupPassphrase() const;
    Status setBackupPassphrase(const SecureBuffer& passphrase);

    // InvalidInput naming the field, or success.
    static Status validate(const VaultSettings& settings);
    // Whether `key` travels in an export and comes over in an import. The scheduled backups'
    // settings (`backup.*`: a folder of this computer, the backup passphrase) never do: an export
    // must not carry a secret, and an imported file must not switch on backups into a folder its
    // author chose.
    static bool isPortable(const QString& key) { return !key.startsWith(QLatin1String("backup.")); }

private:
    Result<VaultSettings> loadBackup(VaultSettings settings) const;

    Database& m_db;
};

} // namespace selftrack::core
