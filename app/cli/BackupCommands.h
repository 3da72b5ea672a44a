// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `backup create|verify|restore` (docs/cli.md, docs/backup-format.md).
class BackupCommands {
public:
    static CliStatus run(CommandContext& ctx, const QStringList& args);

private:
    static CliStatus create(CommandContext& ctx, const QStringList& args);
    static CliStatus verify(CommandContext& ctx, const QStringList& args);
    static CliStatus restore(CommandContext& ctx, const QStringList& args);
};

} // namespace selftrack::app
