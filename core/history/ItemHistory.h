// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/Revision.h"

#include <QList>
#include <QString>

namespace selftrack::core {

class ContentStore;

// One revision of an item as a history view lists it: the revision, the index of its parent in
// the same list (-1 for a first revision) and RevisionSummary's line for it.
struct HistoryEntry {
    Revision revision;
    qsizetype parent = -1;
    QString summary;
};

// An item's revisions, oldest first, each with its parent and summary: what the CLI's history
// and the GUI's history view show, assembled once. A record's summaries know its goal's kind and
// unit ("Logged 5 km on ...").
class ItemHistory {
public:
    static Result<QList<HistoryEntry>> load(ContentStore& store, const QString& itemId);
    // The parent index of each of `revisions` (oldest first): the one its parentRev names, else
    // the one before it; -1 for a first revision.
    static QList<qsizetype> parents(const QList<Revision>& revisions);
};

} // namespace selftrack::core
