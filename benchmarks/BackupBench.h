// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchReport.h"

#include <QString>

namespace selftrack::bench {

// The backup figures for docs/benchmarks.md: `backup create`, `verify` and `restore` of the vault
// at `vaultDir` (core's BackupWriter, BackupReader and BackupRestore), against the raw anchor of
// the same run: copying the vault's database file (the same bytes) with read, write and fsync.
// Scratch files go to `workDir`.
class BackupBench {
public:
    static void run(const QString& vaultDir, const QString& workDir, const char* passphrase, int runs,
                    BenchReport& report);
};

} // namespace selftrack::bench
