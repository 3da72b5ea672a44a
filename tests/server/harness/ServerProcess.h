// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <expected>
#include <sys/types.h>

namespace selftrack::server::test {

// A real selftrack-server child process on 127.0.0.1 with a port chosen at start. Its stdout and
// stderr go to logPath so failures can show what it said. The destructor stops it with SIGTERM.
class ServerProcess {
public:
    struct Options {
        QString executable;      // path of selftrack-server
        QStringList arguments;   // everything except --listen, which start() adds
        QStringList environment; // extra "NAME=value" entries on top of the inherited environment
        QString logPath;
    };

    explicit ServerProcess(Options options);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Spawns the server and waits until GET /healthz answers 200 over verified HTTPS (caFile). The
    // first start lets the server pick a free port; later starts (restarts) reuse that port.
    std::expected<void, QString> start(const QString& caFile);
    // SIGTERM, then waits for exit; returns the exit status (or -signal).
    int terminate();
    // SIGKILL without any chance to clean up.
    void kill();
    bool running() const;

    void setArguments(QStringList arguments) { m_options.arguments = std::move(arguments); }
    int port() const { return m_port; }
    pid_t pid() const { return m_pid; }
    QString baseUrl() const;
    QString log() const;

private:
    int waitForExit(int timeoutMs);

    Options m_options;
    pid_t m_pid = -1;
    int m_port = 0;
};

} // namespace selftrack::server::test
