// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    // Lock after this many minutes without input; 0 = never. 0..kMaxAutoLockMinutes.
    int autoLockMinutes = kDefaultAutoLockMinutes;
    // Lock when the window is minimized.
    bool lockOnMinimize = false;
    // Desktop notifications at the goals' reminder times (read by the reminders in the tray).
    bool remindersEnabled = true;
    // The first day of the week for every period figure; nullopt = the locale's.
    std::optional<Qt::DayOfWeek> weekStart;

    bool operator==(const VaultSettings&) const = default;
};

} // namespace selftrack::core
