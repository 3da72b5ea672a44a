// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `stats [GOAL] [--date D]`: one goal (a JSON object) or every active goal (a JSON array).
class StatsCommand {
public:
    static CliStatus run(CommandContext& ctx, const QStringList& args);
};

} // namespace selftrack::app
