// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <Qt>

#include <optional>

namespace selftrack::core {

// The settings that belong to a vault rather than to a computer: they are stored encrypted in the
// vault's `settings` table (SettingsStore), so they follow the vault into backups and onto other
// computers. Per-machine choices (window geometry, appearance, language) live in the UI's
// QSettings instead. A plain value: VaultSession::settings() holds the unlocked vault's.
struct VaultSettings {
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMaxAutoLockMinutes = 24 * 60;
    static constexpr int kDefaultBackupKeep = 7;
    static constexpr int kMaxBackupKeep = 365;

    enum class BackupSchedule { Off, Daily, Weekly };

    // Lock after this many minutes without input; 0 = never. 0..kMaxAutoLockMinutes.
    int autoLockMinutes = kDefaultAutoLockMinutes;
    // Lock when the window is minimized.
    bool lockOnMinimize = false;
    // Lock when the desktop's screen locks (where the desktop says so; see ui/vault/ScreenLockWatcher).
    bool lockOnScreenLock = true;
    // Desktop notifications at the goals' reminder times (read by the reminders in the tray).
    bool remindersEnabled = true;
    // The first day of the week for every period figure; nullopt = the locale's.
    std::optional<Qt::DayOfWeek> weekStart;
    // Scheduled backups (ui/backup/BackupScheduler): how often, into which folder, how many of the
    // files it wrote to keep (1..kMaxBackupKeep). A schedule other than Off needs a folder. The
    // backup passphrase is not here: SettingsStore keeps it apart (setBackupPassphrase).
    BackupSchedule backupSchedule = BackupSchedule::Off;
    QString backupFolder;
    int backupKeep = kDefaultBackupKeep;
    // The last scheduled run: when (UTC; invalid = never) and what came of it ("" = success,
    // otherwise the error message).
    QDateTime backupLastRun;
    QString backupLastError;

    bool operator==(const VaultSettings&) const = default;
};

} // namespace selftrack::core
