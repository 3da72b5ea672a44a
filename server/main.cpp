// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AdminCommands.h"
#include "server/ServerApp.h"
#include "server/ServerConfig.h"

#include <cstdio>
#include <string>
#include <sys/stat.h>
#include <vector>

int main(int argc, char** argv) {
    using namespace selftrack::server;
    // Before any thread exists, so every thread inherits the mask and only sigwait sees them.
    ServerApp::blockShutdownSignals();
    ::umask(077); // database, key, certificate and log files are private to the server user
    const std::vector<std::string> args(argv + 1, argv + argc);
    auto command = parseCommandLine(args);
    if (!command) {
        std::fprintf(stderr, "error: %s\n\n%s", command.error().message.c_str(), usageText().c_str());
        return 2;
    }
    switch (command->kind) {
    case CommandKind::Help:
        std::fputs(usageText().c_str(), stdout);
        return 0;
    case CommandKind::Version:
        std::printf("selftrack-server %s\n", SELFTRACK_VERSION);
        return 0;
    case CommandKind::Admin:
        return AdminCommands::run(*command);
    case CommandKind::Serve:
        break;
    }
    return ServerApp::run(command->config);
}
