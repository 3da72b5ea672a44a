// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <mutex>
#include <optional>
#include <string>

class QJsonObject;

namespace selftrack::server {

struct AccessLogEntry {
    std::string method;
    std::string route; // route template, never the concrete path or query
    int status = 0;
    std::size_t bytes = 0;
    double durationMs = 0;
    std::optional<std::string> account; // keyed hash of the account id
};

// A connection that ended without a complete request, hit a deadline, or was refused by the
// connection caps: what it cost, never what it sent.
struct ConnectionLogEntry {
    std::string outcome;   // "silent", "timeout" or "refused"
    std::size_t count = 0; // requests answered on it ("refused": connections refused since the last line)
    double durationMs = 0; // how long it was open ("refused": 0)
};

// JSON-lines access log. Writes only the fields of AccessLogEntry: no tokens, emails, passwords,
// content or client addresses. Thread-safe; each line is flushed.
class AccessLog {
public:
    // Takes ownership of `file` when `owned`; stdout otherwise.
    AccessLog(std::FILE* file, bool owned) : m_file(file), m_owned(owned) {}
    ~AccessLog();
    AccessLog(const AccessLog&) = delete;
    AccessLog& operator=(const AccessLog&) = delete;

    void write(const AccessLogEntry& entry);
    // {"time","connection","count","duration_ms"}: no "route" key, so request lines stay apart.
    void writeConnection(const ConnectionLogEntry& entry);

private:
    void writeLine(const QJsonObject& line);

    std::mutex m_mutex;
    std::FILE* m_file;
    bool m_owned;
};

} // namespace selftrack::server
