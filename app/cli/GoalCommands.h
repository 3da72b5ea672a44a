// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `goal add|list|show|edit|archive|unarchive|delete`.
class GoalCommands {
public:
    static CliStatus run(CommandContext& ctx, const QStringList& args);

private:
    static CliStatus add(CommandContext& ctx, const QStringList& args);
    static CliStatus list(CommandContext& ctx, const QStringList& args);
    static CliStatus show(CommandContext& ctx, const QStringList& args);
    static CliStatus edit(CommandContext& ctx, const QStringList& args);
    static CliStatus archive(CommandContext& ctx, const QStringList& args);
    static CliStatus unarchive(CommandContext& ctx, const QStringList& args);
    static CliStatus remove(CommandContext& ctx, const QStringList& args);
    static CliStatus setArchived(CommandContext& ctx, const QStringList& args, bool archived);
};

} // namespace selftrack::app
