// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportCommand.h"

#include "app/cli/PortProgressPrinter.h"
#include "core/domain/ContentStore.h"
#include "core/port/CsvExporter.h"
#include "core/port/ExportFiles.h"
#include "core/port/JsonExporter.h"
#include "core/port/MarkdownExporter.h"
#include "core/port/VaultSnapshot.h"
#include "core/vault/AtomicFile.h"

#include <QJsonObject>

namespace selftrack::app {

CliStatus ExportCommand::run(CommandContext& ctx, const QStringList& args) {
    auto parsed =
        ctx.parse(QStringLiteral("export"), args,
                  {{QStringLiteral("format"), true}, {QStringLiteral("out"), true}, {QStringLiteral("history")}}, 0, 0);
    if (!parsed)
        return parsed.error();
    const QString format =
        parsed->has(QStringLiteral("format")) ? parsed->value(QStringLiteral("format")) : QStringLiteral("json");
    const QString out = parsed->value(QStringLiteral("out"));
    const bool history = parsed->has(QStringLiteral("history"));
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("markdown"))
        return cliFail(ExitCode::Usage,
                       QStringLiteral("Unknown export format \"%1\"; use json, csv or markdown.").arg(format));
    if (out.isEmpty())
        return cliFail(ExitCode::Usage,
                       QStringLiteral("'export' needs --out PATH (a file for json, a folder otherwise)."));
    if (history && format != QLatin1String("json"))
        return cliFail(ExitCode::Usage, QStringLiteral("--history is for the json format only."));
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    PortProgressPrinter printer(QStringLiteral("export"));
    auto snapshot = core::VaultSnapshot::read(**store, history);
    if (!snapshot)
        return cliFail(snapshot.error());
    core::Status written;
    if (format == QLatin1String("json"))
        written =
            core::AtomicFile::write(out, core::JsonExporter::toJson(*snapshot, (*store)->nowIso(), printer.callback()));
    else if (format == QLatin1String("csv"))
        written = core::ExportFiles::write(out, core::CsvExporter::files(*snapshot, printer.callback()));
    else
        written = core::ExportFiles::write(out, core::MarkdownExporter::files(*snapshot, printer.callback()));
    if (!written)
        return cliFail(written.error());
    ctx.out().setJson(QJsonObject{{QStringLiteral("format"), format},
                                  {QStringLiteral("path"), out},
                                  {QStringLiteral("categories"), snapshot->categories.size()},
                                  {QStringLiteral("goals"), snapshot->goals.size()},
                                  {QStringLiteral("milestones"), snapshot->milestones.size()},
                                  {QStringLiteral("records"), snapshot->records.size()},
                                  {QStringLiteral("revisions"), snapshot->revisions.size()}});
    ctx.out().line(QStringLiteral("Exported %1 goals, %2 milestones and %3 records%4 as %5 to %6.")
                       .arg(snapshot->goals.size())
                       .arg(snapshot->milestones.size())
                       .arg(snapshot->records.size())
                       .arg(history ? QStringLiteral(" with %1 revisions").arg(snapshot->revisions.size()) : QString())
                       .arg(format, out));
    return {};
}

} // namespace selftrack::app
