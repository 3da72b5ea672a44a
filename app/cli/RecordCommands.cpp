// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RecordCommands.h"

#include "app/cli/GoalResolver.h"
#include "app/cli/InputParser.h"
#include "app/cli/ItemFormatter.h"
#include "app/cli/LogCommands.h"
#include "app/cli/NamedItem.h"
#include "app/cli/Subcommands.h"
#include "core/domain/ContentStore.h"

#include <QJsonObject>

#include <array>

namespace selftrack::app {

using core::Record;

namespace {

CliStatus applyEdits(const ParsedArgs& args, Record& record) {
    if (args.has(QStringLiteral("value"))) {
        auto value = InputParser::number(args.value(QStringLiteral("value")), QStringLiteral("value"));
        if (!value)
            return std::unexpected(value.error());
        record.value = *value;
    }
    if (args.has(QStringLiteral("note")))
        record.note = args.value(QStringLiteral("note"));
    if (args.has(QStringLiteral("tag")))
        record.tags = args.values(QStringLiteral("tag"));
    if (args.has(QStringLiteral("mood"))) {
        auto mood = InputParser::mood(args.value(QStringLiteral("mood")));
        if (!mood)
            return std::unexpected(mood.error());
        record.mood = *mood;
    }
    return {};
}

} // namespace

CliStatus RecordCommands::run(CommandContext& ctx, const QStringList& args) {
    static constexpr std::array<Subcommand, 2> kSubcommands{
        {{"edit", &RecordCommands::edit}, {"delete", &RecordCommands::remove}}};
    return runSubcommand(ctx, QStringLiteral("record"), args, kSubcommands);
}

CliStatus RecordCommands::edit(CommandContext& ctx, const QStringList& args) {
    const QList<OptionSpec> options{{QStringLiteral("value"), true}, {QStringLiteral("note"), true},
                                    {QStringLiteral("date"), true},  {QStringLiteral("time"), true},
                                    {QStringLiteral("mood"), true},  {QStringLiteral("tag"), true}};
    auto parsed = ctx.parse(QStringLiteral("record edit"), args, options, 1, 1);
    if (!parsed)
        return parsed.error();
    Record edits; // validates the inputs before asking for the passphrase
    if (auto st = applyEdits(*parsed, edits); !st)
        return st;
    if (auto st = LogCommands::applyWhen(*parsed, edits, ctx, false); !st)
        return st;
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolveRecordId);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, id] = *named;
    auto record = store.record(id);
    if (!record)
        return cliFail(record.error());
    if (auto st = applyEdits(*parsed, *record); !st)
        return st;
    if (auto st = LogCommands::applyWhen(*parsed, *record, ctx, false); !st)
        return st;
    auto updated = store.updateRecord(*record);
    if (!updated)
        return cliFail(updated.error());
    ctx.out().setJson(ItemFormatter::recordJson(*updated, names));
    ctx.out().line(QStringLiteral("Updated record %1.").arg(GoalResolver::shortId(updated->id)));
    return {};
}

CliStatus RecordCommands::remove(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("record delete"), args, {}, 1, 1);
    if (!parsed)
        return parsed.error();
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolveRecordId);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, id] = *named;
    if (auto st = store.remove(id); !st)
        return cliFail(st.error());
    ctx.out().setJson(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("type"), QStringLiteral("record")},
                                  {QStringLiteral("deleted"), true}});
    ctx.out().line(QStringLiteral("Moved record %1 to the trash.").arg(GoalResolver::shortId(id)));
    return {};
}

} // namespace selftrack::app
