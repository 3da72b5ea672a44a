// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"

namespace selftrack::app {

// `trash list|restore ID|purge ID|purge --all`.
class TrashCommands {
public:
    static CliStatus run(CommandContext& ctx, const QStringList& args);
    // Moves the item to the trash and reports it (`goal delete`, `milestone delete`); `type` is
    // the item type's name ("goal").
    static CliStatus moveToTrash(CommandContext& ctx, core::ContentStore& store, const QString& type, const QString& id,
                                 const QString& title);

private:
    static CliStatus list(CommandContext& ctx, const QStringList& args);
    static CliStatus restore(CommandContext& ctx, const QStringList& args);
    static CliStatus purge(CommandContext& ctx, const QStringList& args);
};

} // namespace selftrack::app
