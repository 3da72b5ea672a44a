// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/ArgParser.h"
#include "core/domain/Goal.h"

namespace selftrack::core {
class ContentStore;
}

namespace selftrack::app {

// The options shared by `goal add` and `goal edit` and how they change a Goal.
class GoalOptions {
public:
    static QList<OptionSpec> specs(bool forEdit);
    // Applies every option present to `goal`; categories are looked up (and created) by name.
    // "none" clears --deadline, --days and --category on edit.
    static CliStatus apply(const ParsedArgs& args, core::Goal& goal, core::ContentStore& store, QDate today);

private:
    static CliStatus applyShape(const ParsedArgs& args, core::Goal& goal);
    static CliStatus applySchedule(const ParsedArgs& args, core::Goal& goal, QDate today);
};

} // namespace selftrack::app
