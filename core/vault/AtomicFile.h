// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace selftrack::core {

// Crash-safe whole-file replacement: write a temporary file in the same folder, fsync it,
// rename it over the target, fsync the folder. After a crash the target is either the old or
// the new content, never a mix.
class AtomicFile {
public:
    static Status write(const QString& path, const QByteArray& content);
};

} // namespace selftrack::core
