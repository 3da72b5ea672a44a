// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `history ID` and `revert ID REVISION`.
class HistoryCommands {
public:
    static CliStatus history(CommandContext& ctx, const QStringList& args);
    static CliStatus revert(CommandContext& ctx, const QStringList& args);
};

} // namespace selftrack::app
