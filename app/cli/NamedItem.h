// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CommandContext.h"
#include "app/cli/GoalResolver.h"

namespace selftrack::app {

// The item a command's argument names (a goal, or the id of a record or any item), with the open
// vault content it lives in and the resolver that found it, which also names goals and categories
// in the output.
template <typename Item> struct NamedItem {
    core::ContentStore& store;
    GoalResolver names;
    Item item;
};

// Opens the vault (asking for the passphrase on first use), then resolves `text` with `resolve`,
// e.g. `openNamed(ctx, parsed->positional(0), &GoalResolver::resolve)`.
template <typename Item>
CliResult<NamedItem<Item>> openNamed(CommandContext& ctx, const QString& text,
                                     CliResult<Item> (GoalResolver::*resolve)(const QString&)) {
    auto store = ctx.store();
    if (!store)
        return std::unexpected(store.error());
    GoalResolver names(**store);
    auto item = (names.*resolve)(text);
    if (!item)
        return std::unexpected(item.error());
    return NamedItem<Item>{**store, std::move(names), std::move(*item)};
}

} // namespace selftrack::app
