// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

#include <span>

namespace selftrack::app {

struct Subcommand {
    const char* name;
    CliStatus (*run)(CommandContext&, const QStringList&);
};

// Dispatches "GROUP SUB args..." to the matching subcommand; "GROUP --help" prints the group help.
inline CliStatus runSubcommand(CommandContext& ctx, const QString& group, const QStringList& args,
                               std::span<const Subcommand> subcommands) {
    QStringList names;
    for (const Subcommand& sub : subcommands)
        names.append(QLatin1String(sub.name));
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        if (!args.isEmpty())
            return ctx.help(group);
        return cliFail(ExitCode::Usage, QStringLiteral("'%1' needs a subcommand: %2 (see 'selftrack-cli %1 --help').")
                                            .arg(group, names.join(QStringLiteral(", "))));
    }
    for (const Subcommand& sub : subcommands)
        if (args.first() == QLatin1String(sub.name))
            return sub.run(ctx, args.mid(1));
    return cliFail(ExitCode::Usage, QStringLiteral("Unknown subcommand '%1 %2'; use one of: %3.")
                                        .arg(group, args.first(), names.join(QStringLiteral(", "))));
}

} // namespace selftrack::app
