// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/ExportFiles.h"

#include "core/vault/AtomicFile.h"

#include <QDir>
#include <QFileInfo>

namespace selftrack::core {

Status ExportFiles::write(const QString& folder, const QMap<QString, QByteArray>& files) {
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 is a file; CSV and Markdown exports go into a folder.").arg(folder));
    const QDir dir(folder);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir.filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(ErrorCode::Io, QStringLiteral("Cannot create the folder for %1.").arg(path));
        if (auto st = AtomicFile::write(path, it.value()); !st)
            return st;
    }
    return {};
}

} // namespace selftrack::core
