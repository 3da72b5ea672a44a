// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ItemLookup.h"

#include "core/domain/GoalRepository.h"

namespace selftrack::core {

namespace {
// A LIKE pattern for "starts with `prefix`": wildcards escaped, and every non-ASCII character a
// single-character wildcard, since SQLite's LIKE folds ASCII case only. The caller filters the
// candidates with a Unicode-aware comparison.
QString likePrefix(const QString& prefix) {
    QString pattern;
    for (const QChar c : prefix) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            pattern += QLatin1Char('\\');
        pattern += c.unicode() < 128 ? c : QLatin1Char('_');
    }
    return pattern + QLatin1Char('%');
}
} // namespace

Result<QList<ItemRef>> ItemLookup::byIdPrefix(const QString& prefix, int limit) {
    const QString low = prefix.trimmed().toLower();
    if (low.isEmpty())
        return QList<ItemRef>();
    // A range on the (item_id, seq) index: ids are lower-case UUIDs, so [low, low + U+FFFF) holds
    // exactly the ids that start with `low`.
    auto stmt = m_db.cached("SELECT item_id, item_type FROM revisions WHERE item_id >= ?1 AND item_id < ?2 "
                            "GROUP BY item_id ORDER BY item_id LIMIT ?3");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, low).bind(2, low + QChar(0xFFFF)).bind(3, limit);
    auto rows = (*stmt)->collect([](const Statement& row) {
        return ItemRef{row.text(0), enums::parse(enums::kItemTypes, row.text(1)).value_or(ItemType::Goal)};
    });
    (*stmt)->reset();
    return rows;
}

Result<QList<Goal>> ItemLookup::goalsByTitlePrefix(const QString& prefix) {
    const QString needle = prefix.trimmed();
    if (needle.isEmpty())
        return QList<Goal>();
    auto stmt = m_db.cached("SELECT id FROM goals WHERE deleted = 0 AND title LIKE ?1 ESCAPE '\\' "
                            "ORDER BY position, title");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, likePrefix(needle));
    auto ids = (*stmt)->collect([](const Statement& row) { return row.text(0); });
    (*stmt)->reset();
    if (!ids)
        return std::unexpected(ids.error());
    GoalRepository goals(m_db);
    QList<Goal> matches;
    for (const QString& id : *ids) {
        auto goal = goals.byId(id);
        if (!goal)
            return std::unexpected(goal.error());
        if (goal->title.trimmed().startsWith(needle, Qt::CaseInsensitive) ||
            goal->title.startsWith(needle, Qt::CaseInsensitive))
            matches.append(*goal);
    }
    return matches;
}

} // namespace selftrack::core
