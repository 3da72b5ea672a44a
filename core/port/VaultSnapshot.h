// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Category.h"
#include "core/domain/Goal.h"
#include "core/domain/Milestone.h"
#include "core/domain/Record.h"
#include "core/domain/Revision.h"

#include <QList>
#include <QMap>

namespace selftrack::core {

class ContentStore;

// Everything a vault holds, trashed items included, read in one transaction so an export is
// consistent while the app keeps writing. `revisions` (oldest first) only when asked for.
struct VaultSnapshot {
    QList<Category> categories;
    QList<Goal> goals;
    QList<Milestone> milestones;
    QList<Record> records;
    QList<Revision> revisions;
    QMap<QString, QString> settings;

    static Result<VaultSnapshot> read(ContentStore& store, bool withHistory);
    qint64 itemCount() const { return categories.size() + goals.size() + milestones.size() + records.size(); }
};

} // namespace selftrack::core
