// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MilestoneCommands.h"

#include "app/cli/GoalResolver.h"
#include "app/cli/InputParser.h"
#include "app/cli/ItemFormatter.h"
#include "app/cli/NamedItem.h"
#include "app/cli/Subcommands.h"
#include "app/cli/TrashCommands.h"
#include "core/domain/ContentStore.h"

#include <array>
#include <functional>

namespace selftrack::app {

using core::Milestone;

namespace {

// The title of a new or renamed milestone; checked before the passphrase is asked for.
CliResult<QString> milestoneTitle(const QString& text) {
    const QString title = text.trimmed();
    if (title.isEmpty())
        return cliFail(ExitCode::Invalid, QStringLiteral("A milestone needs a title."));
    return title;
}

CliResult<std::optional<double>> targetOption(const ParsedArgs& args) {
    if (!args.has(QStringLiteral("target")))
        return std::optional<double>();
    auto target = InputParser::number(args.value(QStringLiteral("target")), QStringLiteral("target"));
    if (!target)
        return std::unexpected(target.error());
    return std::optional<double>(*target);
}

// Resolves the milestone ID of `milestone done|undone|edit`, applies `change`, saves the result
// unless nothing changed (no empty revision) and sets it as the JSON output. The milestone of a
// goal in the trash stays as it is.
CliResult<Milestone> changeMilestone(CommandContext& ctx, const QString& text,
                                     const std::function<void(Milestone&)>& change) {
    auto named = openNamed(ctx, text, &GoalResolver::resolveMilestone);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, milestone] = *named;
    auto goal = store.goal(milestone.goalId);
    if (!goal)
        return cliFail(goal.error());
    if (goal->deleted)
        return cliFail(ExitCode::Invalid,
                       QStringLiteral("The goal \"%1\" of milestone %2 is in the trash; restore the goal first.")
                           .arg(goal->title, GoalResolver::shortId(milestone.id)));
    Milestone changed = milestone;
    change(changed);
    if (changed != milestone) {
        auto saved = store.updateMilestone(changed);
        if (!saved)
            return cliFail(saved.error());
        changed = *saved;
    }
    ctx.out().setJson(ItemFormatter::milestoneJson(changed, names));
    return changed;
}

} // namespace

CliStatus MilestoneCommands::run(CommandContext& ctx, const QStringList& args) {
    static constexpr std::array<Subcommand, 6> kSubcommands{{{"add", &MilestoneCommands::add},
                                                             {"list", &MilestoneCommands::list},
                                                             {"done", &MilestoneCommands::done},
                                                             {"undone", &MilestoneCommands::undone},
                                                             {"edit", &MilestoneCommands::edit},
                                                             {"delete", &MilestoneCommands::remove}}};
    return runSubcommand(ctx, QStringLiteral("milestone"), args, kSubcommands);
}

CliStatus MilestoneCommands::add(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("milestone add"), args, {{QStringLiteral("target"), true}}, 2, 2);
    if (!parsed)
        return parsed.error();
    auto title = milestoneTitle(parsed->positional(1));
    if (!title)
        return std::unexpected(title.error());
    auto target = targetOption(*parsed);
    if (!target)
        return std::unexpected(target.error());
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolve);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, goal] = *named;
    auto existing = store.milestones(goal.id);
    if (!existing)
        return cliFail(existing.error());
    Milestone milestone;
    milestone.goalId = goal.id;
    milestone.title = *title;
    milestone.target = *target;
    milestone.position = static_cast<int>(existing->size());
    auto added = store.addMilestone(milestone);
    if (!added)
        return cliFail(added.error());
    ctx.out().setJson(ItemFormatter::milestoneJson(*added, names));
    ctx.out().line(
        QStringLiteral("Added milestone \"%1\" (%2) to goal \"%3\": %4.")
            .arg(added->title, GoalResolver::shortId(added->id), goal.title, ItemFormatter::milestoneState(*added)));
    return {};
}

CliStatus MilestoneCommands::list(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("milestone list"), args, {}, 1, 1);
    if (!parsed)
        return parsed.error();
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolve);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, goal] = *named;
    auto milestones = store.milestones(goal.id);
    if (!milestones)
        return cliFail(milestones.error());
    ctx.out().setJson(ItemFormatter::milestonesJson(*milestones, names));
    if (milestones->isEmpty())
        ctx.out().line(QStringLiteral("Goal \"%1\" has no milestones yet; add one with 'selftrack-cli milestone add "
                                      "GOAL TITLE'.")
                           .arg(goal.title));
    ctx.out().table(ItemFormatter::milestoneRows(*milestones));
    return {};
}

CliStatus MilestoneCommands::done(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("milestone done"), args, {{QStringLiteral("date"), true}}, 1, 1);
    if (!parsed)
        return parsed.error();
    QDate date = ctx.today();
    if (parsed->has(QStringLiteral("date"))) {
        auto given = InputParser::date(parsed->value(QStringLiteral("date")), QStringLiteral("date"), ctx.today());
        if (!given)
            return std::unexpected(given.error());
        date = *given;
    }
    auto reached = changeMilestone(ctx, parsed->positional(0), [date](Milestone& m) { m.doneDate = date; });
    if (!reached)
        return std::unexpected(reached.error());
    ctx.out().line(QStringLiteral("Reached milestone \"%1\" (%2) on %3.")
                       .arg(reached->title, GoalResolver::shortId(reached->id), date.toString(Qt::ISODate)));
    return {};
}

CliStatus MilestoneCommands::undone(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("milestone undone"), args, {}, 1, 1);
    if (!parsed)
        return parsed.error();
    auto open = changeMilestone(ctx, parsed->positional(0), [](Milestone& m) { m.doneDate.reset(); });
    if (!open)
        return std::unexpected(open.error());
    ctx.out().line(
        QStringLiteral("Milestone \"%1\" (%2) is open again.").arg(open->title, GoalResolver::shortId(open->id)));
    return {};
}

CliStatus MilestoneCommands::edit(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(
        QStringLiteral("milestone edit"), args,
        {{QStringLiteral("title"), true}, {QStringLiteral("target"), true}, {QStringLiteral("no-target"), false}}, 1,
        1);
    if (!parsed)
        return parsed.error();
    const bool clearTarget = parsed->has(QStringLiteral("no-target"));
    if (clearTarget && parsed->has(QStringLiteral("target")))
        return cliFail(ExitCode::Usage, QStringLiteral("Use either --target or --no-target, not both."));
    if (!clearTarget && !parsed->has(QStringLiteral("target")) && !parsed->has(QStringLiteral("title")))
        return cliFail(ExitCode::Usage,
                       QStringLiteral("'milestone edit' needs --title, --target or --no-target (see 'selftrack-cli "
                                      "milestone edit --help')."));
    std::optional<QString> title;
    if (parsed->has(QStringLiteral("title"))) {
        auto given = milestoneTitle(parsed->value(QStringLiteral("title")));
        if (!given)
            return std::unexpected(given.error());
        title = *given;
    }
    auto target = targetOption(*parsed);
    if (!target)
        return std::unexpected(target.error());
    auto updated = changeMilestone(ctx, parsed->positional(0), [&](Milestone& m) {
        if (title)
            m.title = *title;
        if (clearTarget || target->has_value())
            m.target = *target; // nullopt with --no-target
    });
    if (!updated)
        return std::unexpected(updated.error());
    ctx.out().line(
        QStringLiteral("Updated milestone \"%1\" (%2): %3.")
            .arg(updated->title, GoalResolver::shortId(updated->id), ItemFormatter::milestoneState(*updated)));
    return {};
}

CliStatus MilestoneCommands::remove(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("milestone delete"), args, {}, 1, 1);
    if (!parsed)
        return parsed.error();
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolveMilestone);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, milestone] = *named;
    return TrashCommands::moveToTrash(ctx, store, QStringLiteral("milestone"), milestone.id, milestone.title);
}

} // namespace selftrack::app
