// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <mutex>
#include <optional>
#include <string>

namespace selftrack::server {

struct AccessLogEntry {
    std::string method;
    std::string route; // route template, never the concrete path or query
    int status = 0;
    std::size_t bytes = 0;
    double durationMs = 0;
    std::optional<std::string> account; // keyed hash of the account id
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

private:
    std::mutex m_mutex;
    std::FILE* m_file;
    bool m_owned;
};

} // namespace selftrack::server
