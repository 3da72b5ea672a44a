// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/port/PortProgress.h"
#include "core/port/VaultSnapshot.h"

#include <QByteArray>

namespace selftrack::core {

// SelfTrack's own export: one JSON document with every item (trashed ones too), the settings and,
// optionally, every revision (docs/export-format.md). Importing it into an empty vault gives the
// same items field for field (SelfTrackJsonReader).
class JsonExporter {
public:
    static constexpr auto kFormat = "selftrack-export";
    static constexpr int kVersion = 1;

    // `exportedAt` is the ISO 8601 time written into the document.
    static QByteArray toJson(const VaultSnapshot& snapshot, const QString& exportedAt,
                             const ProgressCallback& progress = {});
    // Reads the vault and writes the document to `path` atomically.
    static Status write(ContentStore& store, const QString& path, bool withHistory,
                        const ProgressCallback& progress = {});
};

} // namespace selftrack::core
