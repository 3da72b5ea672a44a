// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"
#include "HttpsClient.h"
#include "ServerProcess.h"
#include "TableDump.h"

#include <QStringList>
#include <QTemporaryDir>

#include <expected>
#include <memory>

namespace selftrack::server::test {

class PostgresDatabase;

// One test's own selftrack-server: a fresh temporary data dir, a fresh database of the backend
// under test (SQLCipher file in the data dir, or a new database in the PostgreSQL test cluster),
// the shared test CA, cheap server-side password hashing, and rate limits off unless asked for.
// Throws std::runtime_error (with the server's output) when the server cannot start.
class ServerFixture {
public:
    struct Config {
        QStringList arguments;   // extra flags, e.g. {"--rate-auth-email", "3"}
        bool rateLimits = false; // false: --rate-auth-ip 0 --rate-auth-email 0 --rate-token 0
    };

    ServerFixture();
    explicit ServerFixture(Config config);
    // `environment`: extra "NAME=value" entries for the server process.
    ServerFixture(Config config, QStringList environment);
    ~ServerFixture();
    ServerFixture(const ServerFixture&) = delete;
    ServerFixture& operator=(const ServerFixture&) = delete;

    Backend backend() const { return m_backend; }
    QString baseUrl() const { return m_process->baseUrl(); }
    int port() const { return m_process->port(); }
    long pid() const { return m_process->pid(); }
    QString caFile() const;
    QString dataDir() const { return m_dir.path(); }
    // The --database URL of the PostgreSQL backend; empty for the embedded store.
    QString databaseUrl() const;
    std::unique_ptr<HttpsClient> client() const;

    // Graceful stop (SIGTERM); returns the exit status.
    int stop();
    // SIGKILL: no chance to finish anything.
    void kill();
    // Starts again on the same data and port; extraArguments are added for this run only.
    void start(const QStringList& extraArguments = {});
    bool running() const { return m_process->running(); }
    QString serverLog() const { return m_process->log(); }

    // Every row of every table, read directly from the store (not through the server).
    std::expected<TableDump, QString> dumpDatabase() const;
    // Executes SQL directly on the store; stop() the server first for the SQLCipher backend.
    std::expected<void, QString> execSql(const QByteArray& sql) const;

private:
    QStringList baseArguments() const;

    Backend m_backend;
    Config m_config;
    QStringList m_environment;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresDatabase> m_postgres;
    std::unique_ptr<ServerProcess> m_process;
};

} // namespace selftrack::server::test
