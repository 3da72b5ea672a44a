// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerConfig.h"

namespace selftrack::server {

// `selftrack-server admin COMMAND`: accounts, usage, delete-account EMAIL, rotate-key. Prints
// counts only (never emails or content). Returns the process exit code.
class AdminCommands {
public:
    static int run(const Command& command);
};

} // namespace selftrack::server
