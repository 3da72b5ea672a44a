// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/ItemHistory.h"

#include "core/domain/ContentStore.h"
#include "core/history/RevisionSummary.h"

#include <QHash>

namespace selftrack::core {

QList<qsizetype> ItemHistory::parents(const QList<Revision>& revisions) {
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < revisions.size(); ++i)
        byId.insert(revisions.at(i).revId, i);
    QList<qsizetype> out;
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const QString& parentRev = revisions.at(i).parentRev;
        out.append(parentRev.isEmpty() ? -1 : byId.value(parentRev, i - 1));
    }
    return out;
}

Result<QList<HistoryEntry>> ItemHistory::load(ContentStore& store, const QString& itemId) {
    auto revisions = store.history(itemId);
    if (!revisions)
        return std::unexpected(revisions.error());
    const QList<qsizetype> parentOf = parents(*revisions);
    QHash<QString, SummaryContext> goals; // a record's goal, looked up once
    QList<HistoryEntry> out;
    out.reserve(revisions->size());
    for (qsizetype i = 0; i < revisions->size(); ++i) {
        const Revision& r = revisions->at(i);
        SummaryContext context;
        const QString goalId = r.content.value(QStringLiteral("goal_id")).toString();
        if (r.itemType == ItemType::Record && !goalId.isEmpty()) {
            auto known = goals.constFind(goalId);
            if (known == goals.constEnd()) {
                SummaryContext found;
                if (auto goal = store.goal(goalId)) {
                    found.goalKind = goal->kind;
                    found.unit = goal->unit;
                }
                known = goals.insert(goalId, found);
            }
            context = known.value();
        }
        const Revision* parent = parentOf.at(i) >= 0 ? &revisions->at(parentOf.at(i)) : nullptr;
        out.append(HistoryEntry{r, parentOf.at(i), RevisionSummary::describe(r, parent, context)});
    }
    return out;
}

} // namespace selftrack::core
