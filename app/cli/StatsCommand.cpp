// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/StatsCommand.h"

#include "app/cli/GoalResolver.h"
#include "app/cli/InputParser.h"
#include "app/cli/ItemFormatter.h"
#include "app/cli/ProgressReport.h"
#include "core/domain/ContentStore.h"

#include <QJsonArray>

namespace selftrack::app {

namespace {

QStringList summaryRow(const QJsonObject& s) {
    const QString unit = s.value(QStringLiteral("unit")).toString();
    return {GoalResolver::shortId(s.value(QStringLiteral("goal_id")).toString()),
            s.value(QStringLiteral("title")).toString(),
            QStringLiteral("%1/%2%3").arg(ItemFormatter::number(s.value(QStringLiteral("period_value")).toDouble()),
                                          ItemFormatter::number(s.value(QStringLiteral("target")).toDouble()),
                                          unit.isEmpty() ? QString() : QLatin1Char(' ') + unit),
            ProgressReport::percent(s.value(QStringLiteral("fraction"))),
            s.value(QStringLiteral("status")).toString().replace(QLatin1Char('_'), QLatin1Char(' ')),
            QStringLiteral("streak %1").arg(s.value(QStringLiteral("current_streak")).toInt()),
            QStringLiteral("score %1").arg(ProgressReport::percent(s.value(QStringLiteral("score"))))};
}

} // namespace

CliStatus StatsCommand::run(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("stats"), args, {{QStringLiteral("date"), true}}, 0, 1);
    if (!parsed)
        return parsed.error();
    QDateTime now = ctx.now();
    if (parsed->has(QStringLiteral("date"))) {
        auto day = InputParser::date(parsed->value(QStringLiteral("date")), QStringLiteral("date"), now.date());
        if (!day)
            return std::unexpected(day.error());
        if (*day != now.date())
            now = QDateTime(*day, QTime(23, 59, 59));
    }
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    GoalResolver names(**store);
    if (!parsed->positionals().isEmpty()) {
        auto goal = names.resolve(parsed->positional(0));
        if (!goal)
            return std::unexpected(goal.error());
        auto stats = ProgressReport::compute(**store, *goal, now);
        if (!stats)
            return std::unexpected(stats.error());
        ctx.out().setJson(*stats);
        ctx.out().line(
            QStringLiteral("%1 (%2) on %3")
                .arg(goal->title, ItemFormatter::goalRule(*goal), stats->value(QStringLiteral("date")).toString()));
        for (const QString& line : ProgressReport::describe(*stats))
            ctx.out().line(QStringLiteral("  ") + line);
        return {};
    }
    auto goals = (*store)->goals(false);
    if (!goals)
        return cliFail(goals.error());
    QJsonArray all;
    QList<QStringList> rows;
    for (const core::Goal& goal : *goals) {
        auto stats = ProgressReport::compute(**store, goal, now);
        if (!stats)
            return std::unexpected(stats.error());
        all.append(*stats);
        rows.append(summaryRow(*stats));
    }
    ctx.out().setJson(all);
    if (rows.isEmpty())
        ctx.out().line(QStringLiteral("No active goals."));
    ctx.out().table(rows);
    return {};
}

} // namespace selftrack::app
