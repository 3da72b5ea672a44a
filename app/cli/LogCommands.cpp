// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/LogCommands.h"

#include "app/cli/GoalResolver.h"
#include "app/cli/InputParser.h"
#include "app/cli/ItemFormatter.h"
#include "app/cli/NamedItem.h"
#include "core/domain/ContentStore.h"

namespace selftrack::app {

using core::Record;

CliStatus LogCommands::applyWhen(const ParsedArgs& args, Record& record, CommandContext& ctx, bool defaults) {
    const QDateTime now = ctx.now();
    const bool hasDate = args.has(QStringLiteral("date"));
    const bool hasTime = args.has(QStringLiteral("time"));
    if (hasDate) {
        auto day = InputParser::date(args.value(QStringLiteral("date")), QStringLiteral("date"), now.date());
        if (!day)
            return std::unexpected(day.error());
        record.day = *day;
    } else if (defaults) {
        record.day = now.date();
    }
    if (hasTime) {
        auto time = InputParser::time(args.value(QStringLiteral("time")));
        if (!time)
            return std::unexpected(time.error());
        record.time = *time;
    } else if (defaults && !hasDate) {
        record.time = QTime(now.time().hour(), now.time().minute());
    }
    if (hasDate || hasTime || defaults)
        record.utcOffsetMinutes = CommandContext::utcOffsetMinutes(record.day, record.time);
    return {};
}

CliStatus LogCommands::run(CommandContext& ctx, const QStringList& args) {
    const QList<OptionSpec> options{{QStringLiteral("date"), true},  {QStringLiteral("time"), true},
                                    {QStringLiteral("skip"), false}, {QStringLiteral("fail"), false},
                                    {QStringLiteral("note"), true},  {QStringLiteral("tag"), true}};
    auto parsed = ctx.parse(QStringLiteral("log"), args, options, 1, 2);
    if (!parsed)
        return parsed.error();
    const bool skip = parsed->has(QStringLiteral("skip"));
    const bool failed = parsed->has(QStringLiteral("fail"));
    if (skip && failed)
        return cliFail(ExitCode::Usage, QStringLiteral("Use either --skip or --fail, not both."));
    Record record;
    if (auto st = applyWhen(*parsed, record, ctx, true); !st)
        return st;
    if (parsed->positionals().size() > 1) {
        auto value = InputParser::number(parsed->positional(1), QStringLiteral("value"));
        if (!value)
            return std::unexpected(value.error());
        record.value = *value;
    }
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolve);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, goal] = *named;
    record.goalId = goal.id;
    record.status = skip ? core::RecordStatus::Skipped : failed ? core::RecordStatus::Failed : core::RecordStatus::Done;
    const bool isCheck = goal.kind == core::GoalKind::Check;
    record.note = parsed->value(QStringLiteral("note"));
    record.tags = parsed->values(QStringLiteral("tag"));
    auto added = store.checkIn(record); // core decides what a value-less "done" means (CheckInRule)
    if (!added && added.error().code == core::ErrorCode::InvalidInput && !record.value)
        return cliFail(ExitCode::Invalid,
                       added.error().message +
                           QStringLiteral(" Give a VALUE, e.g. 'selftrack-cli log \"%1\" 5'.").arg(goal.title));
    if (!added)
        return cliFail(added.error());
    ctx.out().setJson(ItemFormatter::recordJson(*added, names));
    const QString what = added->status != core::RecordStatus::Done
                             ? core::toString(added->status)
                             : (isCheck ? QStringLiteral("done")
                                        : ItemFormatter::number(*added->value) +
                                              (goal.unit.isEmpty() ? QString() : QLatin1Char(' ') + goal.unit));
    ctx.out().line(QStringLiteral("Logged %1 for \"%2\" on %3 (%4).")
                       .arg(what, goal.title, added->day.toString(Qt::ISODate), GoalResolver::shortId(added->id)));
    if (added->day < goal.startDate) // core moved the goal's start back to the check-in
        ctx.out().line(QStringLiteral("The goal now starts on %1 (it started on %2).")
                           .arg(added->day.toString(Qt::ISODate), goal.startDate.toString(Qt::ISODate)));
    return {};
}

} // namespace selftrack::app
