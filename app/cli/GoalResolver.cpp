// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/GoalResolver.h"

#include "core/domain/ContentStore.h"

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
    auto goals = allGoals();
    if (!goals)
        return std::unexpected(goals.error());
    const QString needle = text.trimmed();
    QList<Goal> exact, byTitle, byId;
    for (const Goal& g : *goals) {
        if (g.id == needle)
            return g;
        if (g.title.compare(needle, Qt::CaseInsensitive) == 0)
            exact.append(g);
        else if (!needle.isEmpty() && g.title.startsWith(needle, Qt::CaseInsensitive))
            byTitle.append(g);
        if (needle.size() >= kMinIdPrefix && g.id.startsWith(needle, Qt::CaseInsensitive))
            byId.append(g);
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

CliResult<QStringList> GoalResolver::recordIds() {
    QStringList ids;
    core::RecordFilter filter;
    for (bool deleted : {false, true}) {
        filter.onlyDeleted = deleted;
        auto records = m_store.records(filter);
        if (!records)
            return cliFail(records.error());
        for (const core::Record& r : *records)
            ids.append(r.id);
    }
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
    auto ids = recordIds();
    if (!ids)
        return std::unexpected(ids.error());
    return uniquePrefix(*ids, text, QStringLiteral("record"));
}

CliResult<QList<core::Milestone>> GoalResolver::activeMilestones() {
    auto milestones = m_store.milestones(QString()); // an empty goal id lists every goal's milestones
    if (!milestones)
        return cliFail(milestones.error());
    return *milestones;
}

CliResult<core::Milestone> GoalResolver::resolveMilestone(const QString& text) {
    auto active = activeMilestones();
    if (!active)
        return std::unexpected(active.error());
    auto trash = m_store.trash();
    if (!trash)
        return cliFail(trash.error());
    QStringList ids, trashed;
    for (const core::Milestone& m : *active)
        ids.append(m.id);
    for (const core::TrashEntry& e : *trash)
        if (e.type == core::ItemType::Milestone)
            trashed.append(e.id);
    auto id = uniquePrefix(ids + trashed, text, QStringLiteral("milestone"));
    if (!id)
        return std::unexpected(id.error());
    for (const core::Milestone& m : *active)
        if (m.id == *id)
            return m;
    return cliFail(
        ExitCode::NotFound,
        QStringLiteral("The milestone %1 is in the trash (restore it with 'selftrack-cli trash restore %1').")
            .arg(shortId(*id)));
}

CliResult<QString> GoalResolver::resolveAnyId(const QString& text) {
    const QString needle = text.trimmed();
    if (auto type = m_store.typeOf(needle); type)
        return needle;
    auto ids = recordIds();
    auto goals = allGoals();
    if (!ids || !goals)
        return std::unexpected(!ids ? ids.error() : goals.error());
    auto milestones = activeMilestones();
    if (!milestones)
        return std::unexpected(milestones.error());
    auto trash = m_store.trash();
    if (!trash)
        return cliFail(trash.error());
    for (const Goal& g : *goals)
        ids->append(g.id);
    for (const core::Milestone& m : *milestones)
        ids->append(m.id);
    for (const core::TrashEntry& e : *trash)
        ids->append(e.id);
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
