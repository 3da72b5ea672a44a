// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliError.h"
#include "core/domain/Goal.h"
#include "core/domain/Milestone.h"

#include <QHash>

#include <optional>

namespace selftrack::core {
class ContentStore;
}

namespace selftrack::app {

// Turns what the user typed into items: a goal by id, id prefix or title (exact title, then
// title prefix, case-insensitive), and records or any item by id or id prefix. Ambiguity and
// misses are ExitCode::NotFound with the candidates named. Also caches goal titles and category
// names for output.
class GoalResolver {
public:
    explicit GoalResolver(core::ContentStore& store) : m_store(store) {}

    // Active and archived goals (not those in the trash).
    CliResult<core::Goal> resolve(const QString& text);
    // A record id or unambiguous id prefix (trashed records included).
    CliResult<QString> resolveRecordId(const QString& text);
    // A milestone not in the trash by id or unambiguous id prefix; a trashed one is NotFound with
    // a hint to restore it.
    CliResult<core::Milestone> resolveMilestone(const QString& text);
    // Any item (goal, record, milestone, category, also in the trash) by id or id prefix, or a
    // goal by title.
    CliResult<QString> resolveAnyId(const QString& text);

    QString goalTitle(const QString& goalId);
    QString categoryName(const QString& categoryId);

    static QString shortId(const QString& id) { return id.left(8); }

private:
    // nullopt when nothing matches; an error when the text is ambiguous or storage fails.
    CliResult<std::optional<core::Goal>> find(const QString& text);
    CliResult<QList<core::Goal>> allGoals();
    static QStringList prefixMatches(const QStringList& ids, const QString& needle);
    // Ids of items (of `type`, when given) that equal or start with `text` (core's indexed lookup).
    CliResult<QStringList> idsWithPrefix(const QString& text, std::optional<core::ItemType> type);
    static CliResult<QString> uniquePrefix(const QStringList& ids, const QString& text, const QString& what);
    static CliError ambiguous(const QString& text, const QStringList& candidates);

    core::ContentStore& m_store;
    std::optional<QList<core::Goal>> m_goals;
    std::optional<QHash<QString, QString>> m_categories;
};

} // namespace selftrack::app
