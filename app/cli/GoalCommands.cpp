// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/GoalCommands.h"

#include "app/cli/GoalOptions.h"
#include "app/cli/GoalResolver.h"
#include "app/cli/ItemFormatter.h"
#include "app/cli/NamedItem.h"
#include "app/cli/ProgressReport.h"
#include "app/cli/Subcommands.h"
#include "app/cli/TrashCommands.h"
#include "core/domain/ContentStore.h"

#include <QJsonArray>

#include <array>

namespace selftrack::app {

using core::Goal;

namespace {

void describeGoal(OutputWriter& out, const Goal& goal, GoalResolver& names) {
    QList<QStringList> rows{{QStringLiteral("id"), goal.id},
                            {QStringLiteral("title"), goal.title},
                            {QStringLiteral("kind"), core::toString(goal.kind)},
                            {QStringLiteral("rule"), ItemFormatter::goalRule(goal)},
                            {QStringLiteral("start"), goal.startDate.toString(Qt::ISODate)}};
    if (goal.deadline)
        rows.append({QStringLiteral("deadline"), goal.deadline->toString(Qt::ISODate)});
    if (!goal.categoryId.isEmpty())
        rows.append({QStringLiteral("category"), names.categoryName(goal.categoryId)});
    if (goal.archived)
        rows.append({QStringLiteral("archived"), QStringLiteral("yes")});
    if (!goal.notes.isEmpty())
        rows.append({QStringLiteral("notes"), goal.notes});
    out.table(rows);
}

// Applies the options and saves the goal in one transaction, so that a category made by
// --category is rolled back when the goal itself turns out invalid.
CliResult<Goal> saveGoal(core::ContentStore& store, const ParsedArgs& args, Goal goal, QDate today, bool isNew) {
    std::optional<CliError> failure;
    Goal saved;
    auto st = store.batch([&]() -> core::Status {
        if (auto applied = GoalOptions::apply(args, goal, store, today); !applied) {
            failure = applied.error();
            return core::fail(core::ErrorCode::InvalidInput, failure->message);
        }
        auto result = isNew ? store.addGoal(goal) : store.updateGoal(goal);
        if (!result)
            return std::unexpected(result.error());
        saved = *result;
        return {};
    });
    if (failure)
        return std::unexpected(*failure);
    if (!st)
        return cliFail(st.error());
    return saved;
}

} // namespace

CliStatus GoalCommands::run(CommandContext& ctx, const QStringList& args) {
    static constexpr std::array<Subcommand, 7> kSubcommands{{{"add", &GoalCommands::add},
                                                             {"list", &GoalCommands::list},
                                                             {"show", &GoalCommands::show},
                                                             {"edit", &GoalCommands::edit},
                                                             {"archive", &GoalCommands::archive},
                                                             {"unarchive", &GoalCommands::unarchive},
                                                             {"delete", &GoalCommands::remove}}};
    return runSubcommand(ctx, QStringLiteral("goal"), args, kSubcommands);
}

CliStatus GoalCommands::add(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("goal add"), args, GoalOptions::specs(false), 1, 1);
    if (!parsed)
        return parsed.error();
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    Goal goal;
    goal.title = parsed->positional(0).trimmed();
    goal.startDate = ctx.today();
    if (auto existing = (*store)->goals(true))
        goal.position = static_cast<int>(existing->size());
    auto added = saveGoal(**store, *parsed, goal, ctx.today(), true);
    if (!added)
        return std::unexpected(added.error());
    GoalResolver names(**store);
    ctx.out().setJson(ItemFormatter::goalJson(*added, names));
    ctx.out().line(QStringLiteral("Added goal \"%1\" (%2): %3.")
                       .arg(added->title, GoalResolver::shortId(added->id), ItemFormatter::goalRule(*added)));
    return {};
}

CliStatus GoalCommands::list(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("goal list"), args, {{QStringLiteral("archived"), false}}, 0, 0);
    if (!parsed)
        return parsed.error();
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    auto goals = (*store)->goals(parsed->has(QStringLiteral("archived")));
    if (!goals)
        return cliFail(goals.error());
    GoalResolver names(**store);
    QJsonArray json;
    QList<QStringList> rows;
    for (const Goal& goal : *goals) {
        json.append(ItemFormatter::goalJson(goal, names));
        rows.append({GoalResolver::shortId(goal.id), goal.title, ItemFormatter::goalRule(goal),
                     names.categoryName(goal.categoryId), goal.archived ? QStringLiteral("archived") : QString()});
    }
    ctx.out().setJson(json);
    if (rows.isEmpty())
        ctx.out().line(QStringLiteral("No goals yet; add one with 'selftrack-cli goal add TITLE'."));
    ctx.out().table(rows);
    return {};
}

CliStatus GoalCommands::show(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("goal show"), args, {}, 1, 1);
    if (!parsed)
        return parsed.error();
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolve);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, goal] = *named;
    auto stats = ProgressReport::compute(store, goal, ctx.now());
    if (!stats)
        return std::unexpected(stats.error());
    auto milestones = store.milestones(goal.id);
    if (!milestones)
        return cliFail(milestones.error());
    QJsonObject json = ItemFormatter::goalJson(goal, names);
    json.insert(QStringLiteral("stats"), *stats);
    json.insert(QStringLiteral("milestones"), ItemFormatter::milestonesJson(*milestones, names));
    ctx.out().setJson(json);
    describeGoal(ctx.out(), goal, names);
    for (const QString& line : ProgressReport::describe(*stats))
        ctx.out().line(line);
    if (!milestones->isEmpty())
        ctx.out().line(QStringLiteral("Milestones:"));
    QList<QStringList> rows = ItemFormatter::milestoneRows(*milestones);
    for (QStringList& row : rows)
        row.first().prepend(QStringLiteral("  ")); // indented under "Milestones:"
    ctx.out().table(rows);
    return {};
}

CliStatus GoalCommands::edit(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("goal edit"), args, GoalOptions::specs(true), 1, 1);
    if (!parsed)
        return parsed.error();
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolve);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, goal] = *named;
    auto updated = saveGoal(store, *parsed, goal, ctx.today(), false);
    if (!updated)
        return std::unexpected(updated.error());
    GoalResolver fresh(store);
    ctx.out().setJson(ItemFormatter::goalJson(*updated, fresh));
    ctx.out().line(QStringLiteral("Updated goal \"%1\" (%2): %3.")
                       .arg(updated->title, GoalResolver::shortId(updated->id), ItemFormatter::goalRule(*updated)));
    return {};
}

CliStatus GoalCommands::setArchived(CommandContext& ctx, const QStringList& args, bool archived) {
    const QString command = archived ? QStringLiteral("goal archive") : QStringLiteral("goal unarchive");
    auto parsed = ctx.parse(command, args, {}, 1, 1);
    if (!parsed)
        return parsed.error();
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolve);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, goal] = *named;
    goal.archived = archived;
    auto updated = store.updateGoal(goal);
    if (!updated)
        return cliFail(updated.error());
    ctx.out().setJson(ItemFormatter::goalJson(*updated, names));
    ctx.out().line(QStringLiteral("%1 goal \"%2\".")
                       .arg(archived ? QStringLiteral("Archived") : QStringLiteral("Unarchived"), updated->title));
    return {};
}

CliStatus GoalCommands::archive(CommandContext& ctx, const QStringList& args) {
    return setArchived(ctx, args, true);
}

CliStatus GoalCommands::unarchive(CommandContext& ctx, const QStringList& args) {
    return setArchived(ctx, args, false);
}

CliStatus GoalCommands::remove(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("goal delete"), args, {}, 1, 1);
    if (!parsed)
        return parsed.error();
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolve);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, goal] = *named;
    return TrashCommands::moveToTrash(ctx, store, QStringLiteral("goal"), goal.id, goal.title);
}

} // namespace selftrack::app
