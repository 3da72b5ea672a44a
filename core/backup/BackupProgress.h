// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>

namespace selftrack::core {

// The steps of making, checking and restoring a backup, reported with how far each has come.
enum class BackupPhase {
    Snapshot, // copying the vault's database (pages)
    Encrypt,  // writing the backup file (bytes)
    Verify,   // reading the new backup file back (bytes)
    Decrypt,  // reading a backup file (bytes)
    Check,    // checking the restored database (steps)
};

// Called on the thread doing the work; `done` grows from 0 to `total` within a phase.
using BackupProgress = std::function<void(BackupPhase phase, std::int64_t done, std::int64_t total)>;

} // namespace selftrack::core
