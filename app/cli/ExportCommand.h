// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `export --format json|csv|markdown --out PATH [--history]`: the vault in open formats
// (core/port, docs/export-format.md); progress on stderr.
class ExportCommand {
public:
    static CliStatus run(CommandContext& ctx, const QStringList& args);
};

} // namespace selftrack::app
