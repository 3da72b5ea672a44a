// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace selftrack::core {

// The bytes an import reads: one file, or the files of a folder or a zip archive (by relative
// path with '/', the archive's single top folder removed). Sizes are bounded so a hostile archive
// cannot exhaust memory.
struct ImportSource {
    QString path;
    bool isFolder = false; // a folder or an archive: `files` holds its content
    bool isArchive = false;
    QByteArray bytes; // a single file
    QMap<QString, QByteArray> files;

    static constexpr qint64 kMaxFileBytes = qint64{512} * 1024 * 1024;
    static constexpr qint64 kMaxTotalBytes = qint64{1024} * 1024 * 1024;

    static Result<ImportSource> load(const QString& path);
    // Reads a zip archive with QuaZip; Corrupt when it is damaged.
    static Result<QMap<QString, QByteArray>> unzip(const QString& path);
    static bool isZip(const QByteArray& head) { return head.startsWith("PK\x03\x04"); }
};

} // namespace selftrack::core
