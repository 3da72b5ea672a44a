// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"
#include "core/domain/Record.h"

namespace selftrack::app {

class ParsedArgs;

// `log GOAL [VALUE]`: one check-in or data point.
class LogCommands {
public:
    static CliStatus run(CommandContext& ctx, const QStringList& args);

    // --date / --time into the record's day, time and UTC offset (today and now by default).
    static CliStatus applyWhen(const ParsedArgs& args, core::Record& record, CommandContext& ctx, bool defaults);
};

} // namespace selftrack::app
