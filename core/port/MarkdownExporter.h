// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/port/PortProgress.h"
#include "core/port/VaultSnapshot.h"

#include <QByteArray>
#include <QMap>

namespace selftrack::core {

class ContentStore;

// The journal as Markdown: one `YYYY-MM.md` per month with an entry, oldest entry first, each
// entry a front matter block (date, tags, mood, goal) followed by its text
// (docs/export-format.md). The journal is what the app shows: records outside the trash whose
// note has text, except notes of goals in the trash.
class MarkdownExporter {
public:
    static QMap<QString, QByteArray> files(const VaultSnapshot& snapshot, const ProgressCallback& progress = {});
    static Status write(ContentStore& store, const QString& folder, const ProgressCallback& progress = {});
};

} // namespace selftrack::core
