// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `journal add|list|search`.
class JournalCommands {
public:
    static CliStatus run(CommandContext& ctx, const QStringList& args);

private:
    static CliStatus add(CommandContext& ctx, const QStringList& args);
    static CliStatus list(CommandContext& ctx, const QStringList& args);
    static CliStatus search(CommandContext& ctx, const QStringList& args);
};

} // namespace selftrack::app
