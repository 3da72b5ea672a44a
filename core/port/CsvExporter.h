// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/port/PortProgress.h"
#include "core/port/VaultSnapshot.h"

#include <QByteArray>
#include <QMap>

namespace selftrack::core {

class ContentStore;

// The vault as spreadsheets (CsvWriter: RFC 4180, UTF-8, ISO dates): `records.csv` with every
// record outside the trash, `goals.csv` with the goals, and one `goals/<title>-<id>.csv` per
// goal with its records (docs/export-format.md).
class CsvExporter {
public:
    // File name (relative, '/') -> content.
    static QMap<QString, QByteArray> files(const VaultSnapshot& snapshot, const ProgressCallback& progress = {});
    // Writes the files into `folder` (created when missing; files of the same name are replaced).
    static Status write(ContentStore& store, const QString& folder, const ProgressCallback& progress = {});
    // A file name made of the text's letters, digits, '-' and '_' (at most 40), never empty.
    static QString safeName(const QString& text);
};

} // namespace selftrack::core
