// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"

#include "PostgresDatabase.h"
#include "SqlCipherFile.h"
#include "TestCa.h"

#include <stdexcept>

namespace selftrack::server::test {

ServerFixture::ServerFixture() : ServerFixture(Config{}) {}

ServerFixture::ServerFixture(Config config) : ServerFixture(std::move(config), {}) {}

ServerFixture::ServerFixture(Config config, QStringList environment)
    : m_backend(backendUnderTest()), m_config(std::move(config)), m_environment(std::move(environment)) {
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary data dir");
    if (m_backend == Backend::Postgres) {
        auto database = PostgresDatabase::create();
        if (!database)
            throw std::runtime_error(database.error().toStdString());
        m_postgres = std::move(*database);
    }
    m_process = std::make_unique<ServerProcess>(ServerProcess::Options{QStringLiteral(SELFTRACK_SERVER_BINARY),
                                                                       baseArguments(), m_environment,
                                                                       m_dir.filePath(QStringLiteral("server.log"))});
    start();
}

ServerFixture::~ServerFixture() {
    m_process.reset(); // stop the server before its database goes away
    m_postgres.reset();
}

QString ServerFixture::caFile() const {
    return TestCa::shared().caCertPath;
}

QStringList ServerFixture::baseArguments() const {
    const TestCa& ca = TestCa::shared();
    QStringList arguments{QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--cert"), ca.serverCertPath,
                          QStringLiteral("--key"), ca.serverKeyPath, QStringLiteral("--threads"), QStringLiteral("4"),
                          // Tests register and log in a lot; the OWASP cost is the production default.
                          QStringLiteral("--server-argon2"), QStringLiteral("1024:1:1")};
    if (m_postgres)
        arguments << QStringLiteral("--database") << m_postgres->url();
    if (!m_config.rateLimits)
        arguments << QStringLiteral("--rate-auth-ip") << QStringLiteral("0") << QStringLiteral("--rate-auth-email")
                  << QStringLiteral("0") << QStringLiteral("--rate-token") << QStringLiteral("0");
    arguments << m_config.arguments;
    return arguments;
}

QString ServerFixture::databaseUrl() const {
    return m_postgres ? m_postgres->url() : QString();
}

std::unique_ptr<HttpsClient> ServerFixture::client() const {
    return std::make_unique<HttpsClient>(baseUrl(), caFile());
}

int ServerFixture::stop() {
    return m_process->terminate();
}

void ServerFixture::kill() {
    m_process->kill();
}

void ServerFixture::start(const QStringList& extraArguments) {
    m_process->setArguments(baseArguments() + extraArguments);
    auto started = m_process->start(caFile());
    if (!started)
        throw std::runtime_error("selftrack-server (" + backendName(m_backend).toStdString() +
                                 ") did not start: " + started.error().toStdString());
}

std::expected<TableDump, QString> ServerFixture::dumpDatabase() const {
    if (m_postgres)
        return m_postgres->dump();
    return SqlCipherFile::dump(m_dir.path());
}

std::expected<void, QString> ServerFixture::execSql(const QByteArray& sql) const {
    if (m_postgres)
        return m_postgres->exec(sql);
    return SqlCipherFile::exec(m_dir.path(), sql);
}

} // namespace selftrack::server::test
