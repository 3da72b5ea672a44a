// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Category.h"
#include "core/domain/Goal.h"
#include "core/domain/Milestone.h"
#include "core/domain/Record.h"
#include "core/domain/Revision.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

namespace selftrack::core {

// What a reader found in a file, before anything is written: the items in the order they must be
// written (categories, goals, milestones, records). Items keep ids that are stable for the same
// source item, so importing a file twice finds them the second time.
struct ImportPlan {
    QString format; // "selftrack-json", "loop", "habitbull"
    // True for SelfTrack's own export: items are written as they are (timestamps, trash state,
    // history) and an item that differs from the vault's replaces it with a new revision. False
    // for other programs' files: new items are added as new check-ins, items already in the vault
    // are left as they are.
    bool verbatim = false;
    QList<Category> categories;
    QList<Goal> goals;
    QList<Milestone> milestones;
    QList<Record> records;
    QHash<QString, QList<Revision>> history; // item id -> its revisions, oldest first
    QMap<QString, QString> settings;
    QStringList notes; // what the reader could not carry over, for the user to read

    // Every item is one the vault accepts (a goal without a start date gets one when written);
    // else InvalidInput naming the item. Readers of other programs' files can produce items the
    // vault refuses (an empty name, a unit too long); this catches them before anything is written.
    Status validate() const;
    qint64 itemCount() const { return categories.size() + goals.size() + milestones.size() + records.size(); }
};

} // namespace selftrack::core
