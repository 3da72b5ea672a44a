// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/JournalCommands.h"

#include "app/cli/GoalResolver.h"
#include "app/cli/InputParser.h"
#include "app/cli/ItemFormatter.h"
#include "app/cli/LogCommands.h"
#include "app/cli/NamedItem.h"
#include "app/cli/Subcommands.h"
#include "core/domain/ContentStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>

namespace selftrack::app {

using core::Record;

namespace {

void printRecords(CommandContext& ctx, const QList<Record>& records, GoalResolver& names, const QString& empty) {
    QJsonArray json;
    QList<QStringList> rows;
    for (const Record& r : records) {
        json.append(ItemFormatter::recordJson(r, names));
        rows.append(ItemFormatter::recordRow(r, names));
    }
    ctx.out().setJson(json);
    if (rows.isEmpty())
        ctx.out().line(empty);
    ctx.out().table(rows);
}

constexpr int kDefaultSearchPage = 50;
constexpr int kMaxSearchPage = 1000;

// JSON: {"hits": [...], "next": cursor or null}. Text: the rows, then how to get the next page.
void printSearchPage(CommandContext& ctx, const core::SearchPage& page, GoalResolver& names, const QString& query) {
    QJsonArray hits;
    QList<QStringList> rows;
    for (const Record& r : page.hits) {
        hits.append(ItemFormatter::recordJson(r, names));
        rows.append(ItemFormatter::recordRow(r, names));
    }
    const QString next = page.next ? page.next->toString() : QString();
    ctx.out().setJson(QJsonObject{{QStringLiteral("hits"), hits},
                                  {QStringLiteral("next"), page.next ? QJsonValue(next) : QJsonValue()}});
    if (rows.isEmpty())
        ctx.out().line(QStringLiteral("Nothing found for \"%1\".").arg(query));
    ctx.out().table(rows);
    if (page.next)
        ctx.out().line(QStringLiteral("Next page: --after %1").arg(next));
}

// Opens the vault and resolves the goal named by --goal, if given (nullopt without the option).
CliResult<NamedItem<std::optional<QString>>> openWithGoalOption(CommandContext& ctx, const ParsedArgs& args) {
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    GoalResolver names(**store);
    std::optional<QString> goalId;
    if (args.has(QStringLiteral("goal"))) {
        auto goal = names.resolve(args.value(QStringLiteral("goal")));
        if (!goal)
            return std::unexpected(goal.error());
        goalId = goal->id;
    }
    return NamedItem<std::optional<QString>>{**store, std::move(names), std::move(goalId)};
}

} // namespace

CliStatus JournalCommands::run(CommandContext& ctx, const QStringList& args) {
    static constexpr std::array<Subcommand, 3> kSubcommands{
        {{"add", &JournalCommands::add}, {"list", &JournalCommands::list}, {"search", &JournalCommands::search}}};
    return runSubcommand(ctx, QStringLiteral("journal"), args, kSubcommands);
}

CliStatus JournalCommands::add(CommandContext& ctx, const QStringList& args) {
    const QList<OptionSpec> options{{QStringLiteral("goal"), true},
                                    {QStringLiteral("date"), true},
                                    {QStringLiteral("time"), true},
                                    {QStringLiteral("tag"), true},
                                    {QStringLiteral("mood"), true}};
    auto parsed = ctx.parse(QStringLiteral("journal add"), args, options, 1, 1);
    if (!parsed)
        return parsed.error();
    Record record;
    record.note = parsed->positional(0);
    record.tags = parsed->values(QStringLiteral("tag"));
    if (record.note.trimmed().isEmpty())
        return cliFail(ExitCode::Invalid, QStringLiteral("A journal entry needs some text."));
    if (auto st = LogCommands::applyWhen(*parsed, record, ctx, true); !st)
        return st;
    if (parsed->has(QStringLiteral("mood"))) {
        auto mood = InputParser::mood(parsed->value(QStringLiteral("mood")));
        if (!mood)
            return std::unexpected(mood.error());
        record.mood = *mood;
    }
    auto opened = openWithGoalOption(ctx, *parsed);
    if (!opened)
        return std::unexpected(opened.error());
    auto& [store, names, goalId] = *opened;
    record.goalId = goalId.value_or(QString());
    auto added = store.addRecord(record);
    if (!added)
        return cliFail(added.error());
    ctx.out().setJson(ItemFormatter::recordJson(*added, names));
    ctx.out().line(QStringLiteral("Added a journal entry on %1 (%2).")
                       .arg(added->day.toString(Qt::ISODate), GoalResolver::shortId(added->id)));
    return {};
}

CliStatus JournalCommands::list(CommandContext& ctx, const QStringList& args) {
    const QList<OptionSpec> options{{QStringLiteral("from"), true},
                                    {QStringLiteral("to"), true},
                                    {QStringLiteral("tag"), true},
                                    {QStringLiteral("goal"), true}};
    auto parsed = ctx.parse(QStringLiteral("journal list"), args, options, 0, 0);
    if (!parsed)
        return parsed.error();
    core::RecordFilter filter;
    for (const char* bound : {"from", "to"}) {
        const QString name = QLatin1String(bound);
        if (!parsed->has(name))
            continue;
        auto day = InputParser::date(parsed->value(name), QStringLiteral("--%1 date").arg(name), ctx.today());
        if (!day)
            return std::unexpected(day.error());
        (name == QLatin1String("from") ? filter.from : filter.to) = *day;
    }
    filter.tag = Record::normalizeTags({parsed->value(QStringLiteral("tag"))}).value(0);
    auto opened = openWithGoalOption(ctx, *parsed);
    if (!opened)
        return std::unexpected(opened.error());
    auto& [store, names, goalId] = *opened;
    filter.goalId = goalId;
    auto records = store.records(filter);
    if (!records)
        return cliFail(records.error());
    QList<Record> entries;
    for (const Record& r : *records)
        if (!r.note.trimmed().isEmpty())
            entries.append(r);
    printRecords(ctx, entries, names, QStringLiteral("No journal entries."));
    return {};
}

CliStatus JournalCommands::search(CommandContext& ctx, const QStringList& args) {
    const QList<OptionSpec> options{{QStringLiteral("limit"), true}, {QStringLiteral("after"), true}};
    auto parsed = ctx.parse(QStringLiteral("journal search"), args, options, 1, -1);
    if (!parsed)
        return parsed.error();
    const QString query = parsed->positionals().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return cliFail(ExitCode::Invalid, QStringLiteral("The search query is empty."));
    int limit = kDefaultSearchPage;
    if (parsed->has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parsed->value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxSearchPage)
            return cliFail(ExitCode::Invalid,
                           QStringLiteral("--limit must be a whole number from 1 to %1.").arg(kMaxSearchPage));
    }
    std::optional<core::SearchCursor> after;
    if (parsed->has(QStringLiteral("after"))) {
        after = core::SearchCursor::fromString(parsed->value(QStringLiteral("after")));
        if (!after)
            return cliFail(ExitCode::Invalid,
                           QStringLiteral("--after takes the cursor printed by the previous journal search."));
    }
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    auto page = (*store)->searchJournal(query, limit, after);
    if (!page) {
        if (page.error().code == core::ErrorCode::InvalidInput)
            return cliFail(ExitCode::Invalid, QStringLiteral("The search query \"%1\" is not valid.").arg(query));
        return cliFail(page.error());
    }
    GoalResolver names(**store);
    printSearchPage(ctx, *page, names, query);
    return {};
}

} // namespace selftrack::app
