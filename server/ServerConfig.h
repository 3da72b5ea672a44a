// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Crypto.h"
#include "server/ServerError.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace selftrack::server {

// Everything the command line configures (docs/protocol.md "Flags").
struct ServerConfig {
    QString dataDir;
    std::string databaseUrl; // empty = embedded SQLCipher file in dataDir
    std::string listenHost = "127.0.0.1";
    int listenPort = 8443;
    QString certFile;
    QString keyFile;
    bool insecureHttp = false;
    int retentionDays = 0; // 0 = keep everything
    int threads = 16;
    std::int64_t maxBodyBytes = 16 * 1024 * 1024;
    int requestTimeoutSeconds = 10; // headers of a request; also the grace period of a body
    int maxConnections = 1000;
    int maxConnectionsPerIp = 64;
    int sessionDays = 90;
    int rateAuthIp = 60;
    int rateAuthEmail = 10;
    int rateToken = 1200;
    QString accessLog; // empty or "-" = stdout
    core::Argon2Params serverArgon2{19456, 2, 1};
};

enum class CommandKind { Serve, Admin, Help, Version };

struct Command {
    CommandKind kind = CommandKind::Serve;
    ServerConfig config;
    std::vector<std::string> adminArgs; // admin: the command and its arguments
};

// Parses argv (without argv[0]). ErrorCode::Config with a one-line message on bad usage.
Result<Command> parseCommandLine(const std::vector<std::string>& args);
std::string usageText();

} // namespace selftrack::server
