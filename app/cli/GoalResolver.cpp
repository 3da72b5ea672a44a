// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/GoalResolver.h"

#include "core/domain/ContentStore.h"
#include "core/domain/ItemLookup.h"

namespace selftrack::app {

using core::Goal;

namespace {
constexpr qsizetype kMinIdPrefix = 4;
constexpr qsizetype kMaxCandidatesShown = 5;
} // namespace

CliError GoalResolver::ambiguous(const QString& text, const QStringList& candidates) {
    QStringList shown = candidates.mid(0, kMaxCandidatesShown);
    if (candidates.size() > kMaxCandidatesShown)
        shown.append(QStringLiteral("%1 more").arg(candidates.size() - kMaxCandidatesShown));
    return CliError{ExitCode::NotFound,
                    QStringLiteral("\"%1\" is ambiguous; it matches %2.").arg(text, shown.join(QStringLiteral(", ")))};
}

CliResult<QList<Goal>> GoalResolver::allGoals() {
    if (!m_goals) {
        auto goals = m_store.goals(true);
        if (!goals)
            return cliFail(goals.error());
        m_goals = *goals;
    }
    return *m_goals;
}

CliResult<std::optional<Goal>> GoalResolver::find(const QString& text) {
    const QString needle = text.trimmed();
    if (auto goal = m_store.goal(needle); goal && !goal->deleted)
        return *goal;
    core::ItemLookup lookup(m_store.database());
    auto titled = lookup.goalsByTitlePrefix(needle);
    if (!titled)
        return cliFail(titled.error());
    QList<Goal> exact, byTitle, byId;
    for (const Goal& g : *titled)
        (g.title.compare(needle, Qt::CaseInsensitive) == 0 ? exact : byTitle).append(g);
    if (needle.size() >= kMinIdPrefix) {
        auto refs = lookup.byIdPrefix(needle);
        if (!refs)
            return cliFail(refs.error());
        for (const core::ItemRef& ref : *refs)
            if (ref.type == core::ItemType::Goal)
                if (auto goal = m_store.goal(ref.id); goal && !goal->deleted)
                    byId.append(*goal);
    }
    for (const QList<Goal>* matches : {&exact, &byTitle, &byId}) {
        if (matches->size() == 1)
            return matches->first();
        if (matches->size() > 1) {
            QStringList names;
            for (const Goal& g : *matches)
                names.append(QStringLiteral("\"%1\" (%2)").arg(g.title, shortId(g.id)));
            return std::unexpected(ambiguous(text, names));
        }
    }
    return std::optional<Goal>();
}

CliResult<Goal> GoalResolver::resolve(const QString& text) {
    auto goal = find(text);
    if (!goal)
        return std::unexpected(goal.error());
    if (!*goal)
        return cliFail(ExitCode::NotFound,
                       QStringLiteral("There is no goal \"%1\" (see 'selftrack-cli goal list').").arg(text));
    return **goal;
}

CliResult<QStringList> GoalResolver::idsWithPrefix(const QString& text, std::optional<core::ItemType> type) {
    const QString needle = text.trimmed();
    QStringList ids;
    if (auto exact = m_store.typeOf(needle); exact && (!type || *exact == *type))
        return QStringList{needle};
    if (needle.size() < kMinIdPrefix)
        return ids;
    auto refs = core::ItemLookup(m_store.database()).byIdPrefix(needle, kMaxCandidatesShown + 2);
    if (!refs)
        return cliFail(refs.error());
    for (const core::ItemRef& ref : *refs)
        if (!type || ref.type == *type)
            ids.append(ref.id);
    return ids;
}

QStringList GoalResolver::prefixMatches(const QStringList& ids, const QString& needle) {
    QStringList matches;
    if (ids.contains(needle))
        return {needle};
    if (needle.size() >= kMinIdPrefix)
        for (const QString& id : ids)
            if (id.startsWith(needle, Qt::CaseInsensitive) && !matches.contains(id))
                matches.append(id);
    return matches;
}

CliResult<QString> GoalResolver::uniquePrefix(const QStringList& ids, const QString& text, const QString& what) {
    const QStringList matches = prefixMatches(ids, text.trimmed());
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return std::unexpected(ambiguous(text, matches));
    return cliFail(ExitCode::NotFound, QStringLiteral("There is no %1 with id \"%2\".").arg(what, text));
}

CliResult<QString> GoalResolver::resolveRecordId(const QString& text) {
    auto ids = idsWithPrefix(text, core::ItemType::Record);
    if (!ids)
        return std::unexpected(ids.error());
    return uniquePrefix(*ids, text, QStringLiteral("record"));
}

CliResult<core::Milestone> GoalResolver::resolveMilestone(const QString& text) {
    auto ids = idsWithPrefix(text, core::ItemType::Milestone);
    if (!ids)
        return std::unexpected(ids.error());
    auto id = uniquePrefix(*ids, text, QStringLiteral("milestone"));
    if (!id)
        return std::unexpected(id.error());
    auto milestone = m_store.milestone(*id);
    if (!milestone)
        return cliFail(milestone.error());
    if (!milestone->deleted)
        return *milestone;
    return cliFail(
        ExitCode::NotFound,
        QStringLiteral("The milestone %1 is in the trash (restore it with 'selftrack-cli trash restore %1').")
            .arg(shortId(*id)));
}

CliResult<QString> GoalResolver::resolveAnyId(const QString& text) {
    const QString needle = text.trimmed();
    auto ids = idsWithPrefix(needle, std::nullopt);
    if (!ids)
        return std::unexpected(ids.error());
    const QStringList matches = prefixMatches(*ids, needle);
    if (matches.size() > 1)
        return std::unexpected(ambiguous(text, matches));
    if (matches.size() == 1)
        return matches.first();
    auto goal = find(text); // a goal may also be named by its title
    if (!goal)
        return std::unexpected(goal.error());
    if (*goal)
        return (*goal)->id;
    return cliFail(ExitCode::NotFound, QStringLiteral("There is no goal or item \"%1\".").arg(text));
}

QString GoalResolver::goalTitle(const QString& goalId) {
    if (goalId.isEmpty())
        return {};
    if (auto goals = allGoals())
        for (const Goal& g : *goals)
            if (g.id == goalId)
                return g.title;
    if (auto goal = m_store.goal(goalId))
        return goal->title;
    return {};
}

QString GoalResolver::categoryName(const QString& categoryId) {
    if (categoryId.isEmpty())
        return {};
    if (!m_categories) {
        m_categories.emplace();
        if (auto all = m_store.categories())
            for (const core::Category& c : *all)
                m_categories->insert(c.id, c.name);
    }
    return m_categories->value(categoryId);
}

} // namespace selftrack::app
