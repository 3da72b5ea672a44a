// SPDX-License-Identifier: GPL-3.0-or-later
// selftrack-cli: the scriptable interface to a SelfTrack vault (docs/cli.md).

#include "app/cli/BackupCommands.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/GoalCommands.h"
#include "app/cli/HelpText.h"
#include "app/cli/HistoryCommands.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/JournalCommands.h"
#include "app/cli/LogCommands.h"
#include "app/cli/MilestoneCommands.h"
#include "app/cli/RecordCommands.h"
#include "app/cli/StatsCommand.h"
#include "app/cli/TrashCommands.h"
#include "app/cli/VaultCommands.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace selftrack::app;

namespace {

using CommandFn = CliStatus (*)(CommandContext&, const QStringList&);

constexpr std::array<std::pair<const char*, CommandFn>, 14> kCommands{{
    {"init", &VaultCommands::init},
    {"passwd", &VaultCommands::passwd},
    {"goal", &GoalCommands::run},
    {"milestone", &MilestoneCommands::run},
    {"log", &LogCommands::run},
    {"journal", &JournalCommands::run},
    {"record", &RecordCommands::run},
    {"stats", &StatsCommand::run},
    {"history", &HistoryCommands::history},
    {"revert", &HistoryCommands::revert},
    {"trash", &TrashCommands::run},
    {"backup", &BackupCommands::run},
    {"export", &ExportCommand::run},
    {"import", &ImportCommand::run},
}};

struct Invocation {
    GlobalOptions options;
    bool help = false;
    bool version = false;
    QString command;
    QStringList rest;
};

CliStatus takeValue(const QStringList& args, qsizetype& i, const QString& name, QString& target) {
    const QString& token = args.at(i);
    if (token.startsWith(name + QLatin1Char('='))) {
        target = token.mid(name.size() + 1);
        return {};
    }
    if (i + 1 >= args.size())
        return cliFail(ExitCode::Usage, QStringLiteral("The option %1 needs a value.").arg(name));
    target = args.at(++i);
    return {};
}

// Global options before the command; the command's own parser accepts them after it as well.
CliResult<Invocation> parseInvocation(const QStringList& args) {
    Invocation inv;
    qsizetype i = 0;
    for (; i < args.size() && args.at(i).startsWith(QLatin1Char('-')); ++i) {
        const QString& a = args.at(i);
        CliStatus st;
        if (a == QLatin1String("--json"))
            inv.options.json = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            inv.help = true;
        else if (a == QLatin1String("--version"))
            inv.version = true;
        else if (a.startsWith(QLatin1String("--vault")))
            st = takeValue(args, i, QStringLiteral("--vault"), inv.options.vaultDir);
        else if (a.startsWith(QLatin1String("--passphrase-file")))
            st = takeValue(args, i, QStringLiteral("--passphrase-file"), inv.options.passphraseFile);
        else
            return cliFail(ExitCode::Usage, QStringLiteral("Unknown option %1 (see 'selftrack-cli --help').").arg(a));
        if (!st)
            return std::unexpected(st.error());
    }
    if (i < args.size()) {
        inv.command = args.at(i);
        inv.rest = args.mid(i + 1);
    }
    return inv;
}

CliStatus dispatch(CommandContext& ctx, const Invocation& inv) {
    if (inv.command == QLatin1String("help")) {
        OutputWriter::printText(HelpText::forCommand(inv.rest.join(QLatin1Char(' '))));
        return {};
    }
    for (const auto& [name, fn] : kCommands)
        if (inv.command == QLatin1String(name))
            return fn(ctx, inv.help ? inv.rest + QStringList{QStringLiteral("--help")} : inv.rest);
    return cliFail(ExitCode::Usage,
                   QStringLiteral("Unknown command \"%1\" (see 'selftrack-cli --help').").arg(inv.command));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // The default vault lives in AppDataLocation/default, e.g. ~/.local/share/SelfTrack/default.
    QCoreApplication::setApplicationName(QStringLiteral("SelfTrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SELFTRACK_VERSION));

    auto inv = parseInvocation(QCoreApplication::arguments().mid(1));
    if (!inv) {
        OutputWriter::printError(inv.error().message);
        return static_cast<int>(inv.error().code);
    }
    if (inv->version && inv->command.isEmpty()) {
        OutputWriter::printText(QStringLiteral("selftrack-cli %1\n").arg(QStringLiteral(SELFTRACK_VERSION)));
        return 0;
    }
    if (inv->command.isEmpty() && inv->help) {
        OutputWriter::printText(HelpText::forCommand(QString()));
        return 0;
    }
    if (inv->command.isEmpty()) {
        OutputWriter::printError(QStringLiteral("No command given (see 'selftrack-cli --help')."));
        return static_cast<int>(ExitCode::Usage);
    }
    // SELFTRACK_CLOCK pins "now" (ISO 8601 date-time, e.g. 2026-03-01T09:00:00Z) for tests and
    // reproducible scripts.
    if (const QString pinned = qEnvironmentVariable("SELFTRACK_CLOCK"); !pinned.isEmpty()) {
        const QDateTime at = QDateTime::fromString(pinned, Qt::ISODate);
        if (!at.isValid()) {
            OutputWriter::printError(QStringLiteral("SELFTRACK_CLOCK is not an ISO 8601 date-time: %1").arg(pinned));
            return static_cast<int>(ExitCode::Usage);
        }
        inv->options.clock = selftrack::core::fixedClock(at);
    }
    CommandContext ctx(inv->options);
    if (auto st = dispatch(ctx, *inv); !st) {
        OutputWriter::printError(st.error().message);
        return static_cast<int>(st.error().code);
    }
    ctx.out().print();
    return 0;
}
