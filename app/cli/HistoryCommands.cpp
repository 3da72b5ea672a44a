// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/HistoryCommands.h"

#include "app/cli/GoalResolver.h"
#include "app/cli/ItemFormatter.h"
#include "app/cli/NamedItem.h"
#include "core/domain/ContentStore.h"
#include "core/history/ItemHistory.h"
#include "core/history/RevisionDiff.h"

#include <QHash>
#include <QJsonArray>

namespace selftrack::app {

using core::Revision;

namespace {

CliResult<QString> findRevision(const QList<Revision>& revisions, const QString& text) {
    QStringList matches;
    for (const Revision& r : revisions) {
        if (r.revId == text)
            return r.revId;
        if (text.size() >= 4 && r.revId.startsWith(text, Qt::CaseInsensitive))
            matches.append(r.revId);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return cliFail(ExitCode::NotFound, QStringLiteral("The revision \"%1\" is ambiguous; it matches %2.")
                                               .arg(text, matches.join(QStringLiteral(", "))));
    return cliFail(ExitCode::NotFound,
                   QStringLiteral("The item has no revision \"%1\" (see 'selftrack-cli history').").arg(text));
}

} // namespace

CliStatus HistoryCommands::history(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("history"), args, {{QStringLiteral("diff"), false}}, 1, 1);
    if (!parsed)
        return parsed.error();
    const bool withDiff = parsed->has(QStringLiteral("diff"));
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolveAnyId);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, id] = *named;
    auto entries = core::ItemHistory::load(store, id);
    if (!entries)
        return cliFail(entries.error());
    QJsonArray json;
    QList<QStringList> rows;
    QList<QStringList> details;
    for (const core::HistoryEntry& e : *entries) {
        const Revision& r = e.revision;
        QJsonObject entry = ItemFormatter::revisionJson(r);
        entry.insert(QStringLiteral("summary"), e.summary);
        if (withDiff) {
            const Revision* parent = e.parent >= 0 ? &entries->at(e.parent).revision : nullptr;
            const core::RevisionDiff diff = core::RevisionDiff::between(parent, r);
            entry.insert(QStringLiteral("changes"), diff.toJson());
            details.append(ItemFormatter::changeLines(diff));
        }
        json.append(entry);
        rows.append({GoalResolver::shortId(r.revId), r.createdAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')),
                     core::toString(r.itemType), r.deleted ? QStringLiteral("deleted") : QString(), e.summary});
    }
    ctx.out().setJson(json);
    const QStringList lines = OutputWriter::alignedLines(rows);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ctx.out().line(lines.at(i));
        for (const QString& detail : details.value(i))
            ctx.out().line(detail);
    }
    return {};
}

CliStatus HistoryCommands::revert(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("revert"), args, {}, 2, 2);
    if (!parsed)
        return parsed.error();
    auto named = openNamed(ctx, parsed->positional(0), &GoalResolver::resolveAnyId);
    if (!named)
        return std::unexpected(named.error());
    auto& [store, names, id] = *named;
    auto before = store.history(id);
    if (!before)
        return cliFail(before.error());
    auto revId = findRevision(*before, parsed->positional(1));
    if (!revId)
        return std::unexpected(revId.error());
    if (auto st = store.revert(id, *revId); !st)
        return cliFail(st.error());
    auto after = store.history(id);
    if (!after || after->isEmpty())
        return cliFail(after ? core::Error{core::ErrorCode::Storage, QStringLiteral("The history vanished.")}
                             : after.error());
    const Revision& head = after->last();
    ctx.out().setJson(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("type"), core::toString(head.itemType)},
                                  {QStringLiteral("reverted_to"), *revId},
                                  {QStringLiteral("head_rev"), head.revId},
                                  {QStringLiteral("deleted"), head.deleted},
                                  {QStringLiteral("content"), head.content}});
    ctx.out().line(QStringLiteral("Reverted %1 %2 to revision %3 (new revision %4).")
                       .arg(core::toString(head.itemType), GoalResolver::shortId(id), GoalResolver::shortId(*revId),
                            GoalResolver::shortId(head.revId)));
    return {};
}

} // namespace selftrack::app
