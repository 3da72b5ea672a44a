// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TrashCommands.h"

#include "app/cli/GoalResolver.h"
#include "app/cli/Subcommands.h"
#include "core/domain/ContentStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>

namespace selftrack::app {

using core::TrashEntry;

namespace {

QJsonObject entryJson(const TrashEntry& e) {
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("type"), core::toString(e.type)},
                       {QStringLiteral("summary"), e.summary},
                       {QStringLiteral("deleted_at"), e.deletedAt}};
}

// The trashed item whose id is `text` or starts with it (at least 4 characters).
CliResult<TrashEntry> findInTrash(core::ContentStore& store, const QString& text) {
    auto entries = store.trash();
    if (!entries)
        return cliFail(entries.error());
    QList<TrashEntry> matches;
    for (const TrashEntry& e : *entries) {
        if (e.id == text.trimmed())
            return e;
        if (text.trimmed().size() >= 4 && e.id.startsWith(text.trimmed(), Qt::CaseInsensitive))
            matches.append(e);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1) {
        QStringList ids;
        for (const TrashEntry& e : matches)
            ids.append(e.id);
        return cliFail(ExitCode::NotFound,
                       QStringLiteral("\"%1\" is ambiguous; it matches %2.").arg(text, ids.join(QStringLiteral(", "))));
    }
    return cliFail(ExitCode::NotFound,
                   QStringLiteral("There is no item \"%1\" in the trash (see 'selftrack-cli trash list').").arg(text));
}

} // namespace

CliStatus TrashCommands::run(CommandContext& ctx, const QStringList& args) {
    static constexpr std::array<Subcommand, 3> kSubcommands{
        {{"list", &TrashCommands::list}, {"restore", &TrashCommands::restore}, {"purge", &TrashCommands::purge}}};
    return runSubcommand(ctx, QStringLiteral("trash"), args, kSubcommands);
}

CliStatus TrashCommands::moveToTrash(CommandContext& ctx, core::ContentStore& store, const QString& type,
                                     const QString& id, const QString& title) {
    if (auto st = store.remove(id); !st)
        return cliFail(st.error());
    ctx.out().setJson(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("type"), type},
                                  {QStringLiteral("title"), title},
                                  {QStringLiteral("deleted"), true}});
    ctx.out().line(QStringLiteral("Moved %1 \"%2\" to the trash (restore with 'selftrack-cli trash restore %3').")
                       .arg(type, title, GoalResolver::shortId(id)));
    return {};
}

CliStatus TrashCommands::list(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("trash list"), args, {}, 0, 0);
    if (!parsed)
        return parsed.error();
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    auto entries = (*store)->trash();
    if (!entries)
        return cliFail(entries.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const TrashEntry& e : *entries) {
        json.append(entryJson(e));
        rows.append({GoalResolver::shortId(e.id), core::toString(e.type),
                     e.deletedAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')), e.summary});
    }
    ctx.out().setJson(json);
    if (rows.isEmpty())
        ctx.out().line(QStringLiteral("The trash is empty."));
    ctx.out().table(rows);
    return {};
}

CliStatus TrashCommands::restore(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("trash restore"), args, {}, 1, 1);
    if (!parsed)
        return parsed.error();
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    auto entry = findInTrash(**store, parsed->positional(0));
    if (!entry)
        return std::unexpected(entry.error());
    if (auto st = (*store)->restore(entry->id); !st)
        return cliFail(st.error());
    QJsonObject json = entryJson(*entry);
    json.remove(QStringLiteral("deleted_at"));
    json.insert(QStringLiteral("restored"), true);
    ctx.out().setJson(json);
    ctx.out().line(QStringLiteral("Restored %1 \"%2\".").arg(core::toString(entry->type), entry->summary));
    return {};
}

CliStatus TrashCommands::purge(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("trash purge"), args, {{QStringLiteral("all"), false}}, 0, 1);
    if (!parsed)
        return parsed.error();
    const bool all = parsed->has(QStringLiteral("all"));
    if (all == !parsed->positionals().isEmpty())
        return cliFail(ExitCode::Usage, QStringLiteral("'trash purge' needs either an ID or --all."));
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    if (all) {
        auto purged = (*store)->purgeTrash();
        if (!purged)
            return cliFail(purged.error());
        ctx.out().setJson(QJsonObject{{QStringLiteral("purged"), *purged}});
        ctx.out().line(QStringLiteral("Permanently deleted %1 item(s).").arg(*purged));
        return {};
    }
    auto entry = findInTrash(**store, parsed->positional(0));
    if (!entry)
        return std::unexpected(entry.error());
    if (auto st = (*store)->purge(entry->id); !st)
        return cliFail(st.error());
    ctx.out().setJson(QJsonObject{{QStringLiteral("purged"), 1},
                                  {QStringLiteral("id"), entry->id},
                                  {QStringLiteral("type"), core::toString(entry->type)}});
    ctx.out().line(QStringLiteral("Permanently deleted %1 \"%2\".").arg(core::toString(entry->type), entry->summary));
    return {};
}

} // namespace selftrack::app
