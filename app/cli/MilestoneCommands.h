// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `milestone add|list|done|undone|edit|delete`: the sub-goals of a goal.
class MilestoneCommands {
public:
    static CliStatus run(CommandContext& ctx, const QStringList& args);

private:
    static CliStatus add(CommandContext& ctx, const QStringList& args);
    static CliStatus list(CommandContext& ctx, const QStringList& args);
    static CliStatus done(CommandContext& ctx, const QStringList& args);
    static CliStatus undone(CommandContext& ctx, const QStringList& args);
    static CliStatus edit(CommandContext& ctx, const QStringList& args);
    static CliStatus remove(CommandContext& ctx, const QStringList& args);
};

} // namespace selftrack::app
