// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerConfig.h"

#include <charconv>
#include <functional>
#include <map>

namespace selftrack::server {

namespace {

std::optional<std::int64_t> number(const std::string& text, std::int64_t min, std::int64_t max) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
        return std::nullopt;
    return value;
}

Status parseListen(const std::string& text, ServerConfig& config) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return fail(ErrorCode::Config, "--listen expects HOST:PORT, e.g. 127.0.0.1:8443.");
    std::string host = text.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    const auto port = number(text.substr(colon + 1), 0, 65535);
    if (!port)
        return fail(ErrorCode::Config, "--listen has an invalid port: " + text.substr(colon + 1) + ".");
    config.listenHost = host;
    config.listenPort = static_cast<int>(*port);
    return {};
}

Status parseArgon2(const std::string& text, ServerConfig& config) {
    unsigned m = 0, t = 0, p = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%u:%u:%u%c", &m, &t, &p, &tail) != 3 || m < 8 || t < 1 || p < 1 || p > 16)
        return fail(ErrorCode::Config, "--server-argon2 expects MEMORY_KIB:ITERATIONS:PARALLELISM.");
    config.serverArgon2 = core::Argon2Params{m, t, p};
    return {};
}

using Setter = std::function<Status(const std::string&, ServerConfig&)>;

Setter intSetter(int ServerConfig::*field, const char* flag, std::int64_t min, std::int64_t max) {
    return [=](const std::string& value, ServerConfig& config) -> Status {
        const auto parsed = number(value, min, max);
        if (!parsed)
            return fail(ErrorCode::Config, std::string(flag) + " expects an integer from " + std::to_string(min) +
                                               " to " + std::to_string(max) + ".");
        config.*field = static_cast<int>(*parsed);
        return {};
    };
}

const std::map<std::string, Setter>& valueFlags() {
    static const std::map<std::string, Setter> flags{
        {"--data-dir",
         [](const std::string& v, ServerConfig& c) -> Status {
             c.dataDir = QString::fromStdString(v);
             return {};
         }},
        {"--database",
         [](const std::string& v, ServerConfig& c) -> Status {
             c.databaseUrl = v;
             return {};
         }},
        {"--listen", parseListen},
        {"--cert",
         [](const std::string& v, ServerConfig& c) -> Status {
             c.certFile = QString::fromStdString(v);
             return {};
         }},
        {"--key",
         [](const std::string& v, ServerConfig& c) -> Status {
             c.keyFile = QString::fromStdString(v);
             return {};
         }},
        {"--access-log",
         [](const std::string& v, ServerConfig& c) -> Status {
             c.accessLog = QString::fromStdString(v);
             return {};
         }},
        {"--retention-days", intSetter(&ServerConfig::retentionDays, "--retention-days", 0, 36500)},
        {"--threads", intSetter(&ServerConfig::threads, "--threads", 1, 256)},
        {"--request-timeout", intSetter(&ServerConfig::requestTimeoutSeconds, "--request-timeout", 1, 600)},
        {"--max-connections", intSetter(&ServerConfig::maxConnections, "--max-connections", 1, 1000000)},
        {"--max-connections-per-ip",
         intSetter(&ServerConfig::maxConnectionsPerIp, "--max-connections-per-ip", 1, 1000000)},
        {"--session-days", intSetter(&ServerConfig::sessionDays, "--session-days", 1, 3650)},
        {"--rate-auth-ip", intSetter(&ServerConfig::rateAuthIp, "--rate-auth-ip", 0, 1000000)},
        {"--rate-auth-email", intSetter(&ServerConfig::rateAuthEmail, "--rate-auth-email", 0, 1000000)},
        {"--rate-token", intSetter(&ServerConfig::rateToken, "--rate-token", 0, 10000000)},
        {"--max-body-mib",
         [](const std::string& v, ServerConfig& c) -> Status {
             const auto mib = number(v, 1, 1024);
             if (!mib)
                 return fail(ErrorCode::Config, "--max-body-mib expects an integer from 1 to 1024.");
             c.maxBodyBytes = *mib * 1024 * 1024;
             return {};
         }},
        {"--server-argon2", parseArgon2},
    };
    return flags;
}

// Applies one option at args[i] (advancing i past its value). Returns false for a non-option.
Result<bool> applyOption(const std::vector<std::string>& args, std::size_t& i, Command& command) {
    std::string arg = args[i];
    std::optional<std::string> inlineValue;
    if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string::npos) {
        inlineValue = arg.substr(eq + 1);
        arg = arg.substr(0, eq);
    }
    if (arg == "--insecure-http" && !inlineValue) {
        command.config.insecureHttp = true;
        return true;
    }
    const auto& flags = valueFlags();
    const auto it = flags.find(arg);
    if (it == flags.end())
        return arg.starts_with("-") ? Result<bool>(fail(ErrorCode::Config, "Unknown option " + arg + "."))
                                    : Result<bool>(false);
    if (!inlineValue && i + 1 >= args.size())
        return fail(ErrorCode::Config, arg + " needs a value.");
    const std::string value = inlineValue ? *inlineValue : args[++i];
    if (auto st = it->second(value, command.config); !st)
        return std::unexpected(st.error());
    return true;
}

} // namespace

Result<Command> parseCommandLine(const std::vector<std::string>& args) {
    Command command;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h")
            return Command{CommandKind::Help, {}, {}};
        if (arg == "--version")
            return Command{CommandKind::Version, {}, {}};
        auto applied = applyOption(args, i, command);
        if (!applied)
            return std::unexpected(applied.error());
        if (*applied)
            continue;
        if (command.kind == CommandKind::Serve && arg == "admin")
            command.kind = CommandKind::Admin;
        else if (command.kind == CommandKind::Admin)
            command.adminArgs.push_back(arg);
        else
            return fail(ErrorCode::Config, "Unexpected argument " + arg + ".");
    }
    if (command.config.dataDir.isEmpty() && (command.kind == CommandKind::Serve || command.config.databaseUrl.empty()))
        return fail(ErrorCode::Config, "--data-dir DIR is required.");
    if (command.config.certFile.isEmpty() != command.config.keyFile.isEmpty())
        return fail(ErrorCode::Config, "--cert and --key go together.");
    if (command.kind == CommandKind::Admin && command.adminArgs.empty())
        return fail(ErrorCode::Config, "admin needs a command: accounts, usage, delete-account EMAIL, rotate-key.");
    return command;
}

std::string usageText() {
    return "Usage: selftrack-server --data-dir DIR [options]\n"
           "       selftrack-server admin --data-dir DIR [--database URL] COMMAND\n"
           "\n"
           "Options:\n"
           "  --data-dir DIR          server key, embedded database and generated certificate\n"
           "  --database URL          PostgreSQL (postgresql://user@host:port/db) instead of DIR/server.db\n"
           "  --listen HOST:PORT      address to listen on (default 127.0.0.1:8443)\n"
           "  --cert FILE --key FILE  TLS certificate chain and private key (PEM); default: self-signed in DIR\n"
           "  --insecure-http         plain HTTP, only behind a TLS-terminating proxy\n"
           "  --retention-days N      drop non-head revisions and tombstones older than N days (0 = keep all)\n"
           "  --threads N             worker threads and database connections (default 16)\n"
           "  --max-body-mib N        largest request body in MiB (default 16; other routes than push: 64 KiB)\n"
           "  --request-timeout S     seconds for a request's headers, and a body's grace period (default 10)\n"
           "  --max-connections N     open connections in total (default 1000)\n"
           "  --max-connections-per-ip N  open connections per client address (default 64)\n"
           "  --session-days N        bearer token lifetime in days (default 90)\n"
           "  --rate-auth-ip N        auth requests per minute per client IP (default 60, 0 = off)\n"
           "  --rate-auth-email N     login attempts per minute per email and client IP (default 10,\n"
           "                          0 = off); 10 x N per email from all addresses together\n"
           "  --rate-token N          requests per minute per token (default 1200, 0 = off)\n"
           "                          (the auth limits are kept in the database and shared by every\n"
           "                          server on it; the token limit is per process)\n"
           "  --access-log FILE       JSON-lines access log (default stdout)\n"
           "  --version, --help\n"
           "\n"
           "Admin commands: accounts | usage | delete-account EMAIL | rotate-key\n"
           "Environment: SELFTRACK_SERVER_KEY=<64 hex digits> instead of DIR/server.key\n";
}

} // namespace selftrack::server
