// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `record edit|delete ID`.
class RecordCommands {
public:
    static CliStatus run(CommandContext& ctx, const QStringList& args);

private:
    static CliStatus edit(CommandContext& ctx, const QStringList& args);
    static CliStatus remove(CommandContext& ctx, const QStringList& args);
};

} // namespace selftrack::app
