// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `init` and `passwd`.
class VaultCommands {
public:
    static CliStatus init(CommandContext& ctx, const QStringList& args);
    static CliStatus passwd(CommandContext& ctx, const QStringList& args);
};

} // namespace selftrack::app
