// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ImportCommand.h"

#include "app/cli/PortProgressPrinter.h"
#include "core/domain/ContentStore.h"
#include "core/port/Importer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <utility>

namespace selftrack::app {

namespace {

constexpr std::array<std::pair<core::ItemType, const char*>, 4> kTypes{{{core::ItemType::Category, "categories"},
                                                                        {core::ItemType::Goal, "goals"},
                                                                        {core::ItemType::Milestone, "milestones"},
                                                                        {core::ItemType::Record, "records"}}};

QString formatName(const QString& format) {
    if (format == QLatin1String("loop"))
        return QStringLiteral("Loop Habit Tracker");
    if (format == QLatin1String("habitbull"))
        return QStringLiteral("HabitBull");
    return QStringLiteral("a SelfTrack export");
}

} // namespace

CliStatus ImportCommand::run(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("import"), args,
                            {{QStringLiteral("format"), true}, {QStringLiteral("dry-run")}}, 1, 1);
    if (!parsed)
        return parsed.error();
    const QString formatText =
        parsed->has(QStringLiteral("format")) ? parsed->value(QStringLiteral("format")) : QStringLiteral("auto");
    const auto format = core::parseImportFormat(formatText);
    if (!format)
        return cliFail(
            ExitCode::Usage,
            QStringLiteral("Unknown import format \"%1\"; use selftrack-json, loop or habitbull.").arg(formatText));
    const bool dryRun = parsed->has(QStringLiteral("dry-run"));
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    PortProgressPrinter printer(QStringLiteral("import"));
    auto report = core::Importer::run(**store, parsed->positional(0), *format, dryRun, printer.callback());
    if (!report)
        return cliFail(report.error());

    QJsonObject json{{QStringLiteral("format"), report->format}, {QStringLiteral("dry_run"), dryRun}};
    ctx.out().line(
        dryRun ? QStringLiteral("Would import from %1 (dry run, nothing was written):").arg(formatName(report->format))
               : QStringLiteral("Imported from %1:").arg(formatName(report->format)));
    QList<QStringList> rows;
    for (const auto& [type, name] : kTypes) {
        const core::ImportReport::Counts counts = report->counts.value(type);
        json.insert(QLatin1String(name), QJsonObject{{QStringLiteral("added"), counts.added},
                                                     {QStringLiteral("updated"), counts.updated},
                                                     {QStringLiteral("unchanged"), counts.unchanged}});
        if (counts.added + counts.updated + counts.unchanged > 0)
            rows.append({QStringLiteral("  ") + QLatin1String(name), QStringLiteral("%1 new").arg(counts.added),
                         QStringLiteral("%1 updated").arg(counts.updated),
                         QStringLiteral("%1 already in the vault").arg(counts.unchanged)});
    }
    if (rows.isEmpty())
        ctx.out().line(QStringLiteral("  nothing"));
    ctx.out().table(rows);
    for (const QString& note : report->notes)
        ctx.out().line(QStringLiteral("Note: ") + note);
    json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(report->notes));
    ctx.out().setJson(json);
    return {};
}

} // namespace selftrack::app
