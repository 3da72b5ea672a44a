// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `import PATH [--format selftrack-json|loop|habitbull] [--dry-run]`: reads the whole file first,
// then writes it in one transaction (core/port Importer); progress on stderr.
class ImportCommand {
public:
    static CliStatus run(CommandContext& ctx, const QStringList& args);
};

} // namespace selftrack::app
