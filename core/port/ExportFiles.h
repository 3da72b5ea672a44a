// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QMap>

namespace selftrack::core {

// Writes the files of a CSV or Markdown export into a folder: the folder and subfolders are
// created when missing, each file is replaced atomically. Refuses a path that is a file.
class ExportFiles {
public:
    static Status write(const QString& folder, const QMap<QString, QByteArray>& files);
};

} // namespace selftrack::core
