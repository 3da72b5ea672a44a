// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QFile>
#include <QString>

namespace selftrack::core {

// The file-system steps a backup needs to be crash-safe: flush a file to disk, replace a path by
// a rename (atomic on POSIX within one file system), and flush a folder's entries.
class DurableFile {
public:
    // Writes all of `bytes`; the error names the system's reason (disk full, file too large) and
    // the file as `shownAs` when given (a temporary file stands for its final path).
    static Status write(QFile& file, const QByteArray& bytes, const QString& shownAs = {});
    static Status sync(QFile& file);
    // Renames `from` over `to` (replacing it), then syncs the folder of `to`.
    static Status replace(const QString& from, const QString& to);
    static void syncFolder(const QString& folder);
};

} // namespace selftrack::core
