// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresDatabase.h"

#include <QFile>
#include <QUrl>
#include <QUuid>

#include <libpq-fe.h>

#include <cstdlib>

namespace selftrack::server::test {
namespace {

struct Connection {
    PGconn* conn = nullptr;
    explicit Connection(const QString& url) : conn(PQconnectdb(url.toUtf8().constData())) {}
    ~Connection() { PQfinish(conn); }
    bool ok() const { return conn != nullptr && PQstatus(conn) == CONNECTION_OK; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(conn)).trimmed(); }
};

struct QueryResult {
    PGresult* result = nullptr;
    QueryResult(PGconn* conn, const char* sql) : result(PQexec(conn, sql)) {}
    ~QueryResult() { PQclear(result); }
    bool ok() const {
        const auto status = PQresultStatus(result);
        return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    }
};

QString withDatabase(const QString& url, const QString& database) {
    QUrl parsed(url);
    parsed.setPath(QLatin1Char('/') + database);
    return parsed.toString(QUrl::FullyEncoded);
}

} // namespace

std::expected<QString, QString> PostgresDatabase::clusterUrl() {
    const char* file = std::getenv("SELFTRACK_TEST_PG_URL_FILE");
    QFile urlFile(file != nullptr && *file != '\0' ? QString::fromLocal8Bit(file)
                                                   : QStringLiteral(SELFTRACK_TEST_PG_URL_FILE_DEFAULT));
    if (!urlFile.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("no PostgreSQL test cluster: cannot read %1 (run the PostgreSQL tests "
                                              "through ctest, which starts the cluster with pg-cluster.sh)")
                                   .arg(urlFile.fileName()));
    return QString::fromUtf8(urlFile.readAll()).trimmed();
}

std::expected<std::unique_ptr<PostgresDatabase>, QString> PostgresDatabase::create() {
    auto cluster = clusterUrl();
    if (!cluster)
        return std::unexpected(cluster.error());
    Connection admin(*cluster);
    if (!admin.ok())
        return std::unexpected(QStringLiteral("cannot connect to the test cluster: ") + admin.error());
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray sql = "CREATE DATABASE " + name.toUtf8();
    QueryResult created(admin.conn, sql.constData());
    if (!created.ok())
        return std::unexpected(QStringLiteral("CREATE DATABASE failed: ") + admin.error());
    return std::unique_ptr<PostgresDatabase>(new PostgresDatabase(*cluster, name, withDatabase(*cluster, name)));
}

PostgresDatabase::~PostgresDatabase() {
    Connection admin(m_clusterUrl);
    if (!admin.ok())
        return;
    const QByteArray sql = "DROP DATABASE IF EXISTS " + m_name.toUtf8() + " WITH (FORCE)";
    QueryResult dropped(admin.conn, sql.constData());
}

std::expected<TableDump, QString> PostgresDatabase::dump() const {
    Connection db(m_url);
    if (!db.ok())
        return std::unexpected(QStringLiteral("cannot connect to the test database: ") + db.error());
    QueryResult tables(db.conn, "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) "
                                "FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
                                "AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1");
    if (!tables.ok())
        return std::unexpected(QStringLiteral("listing tables failed: ") + db.error());
    TableDump dump;
    for (int i = 0; i < PQntuples(tables.result); ++i) {
        const QByteArray table = PQgetvalue(tables.result, i, 0);
        const QByteArray sql = "SELECT t::text FROM " + table + " AS t";
        QueryResult rows(db.conn, sql.constData());
        if (!rows.ok())
            return std::unexpected(QStringLiteral("reading %1 failed: %2").arg(QString::fromUtf8(table), db.error()));
        auto& out = dump[QString::fromUtf8(table)];
        for (int r = 0; r < PQntuples(rows.result); ++r)
            out.emplace_back(PQgetvalue(rows.result, r, 0));
    }
    return dump;
}

std::expected<void, QString> PostgresDatabase::exec(const QByteArray& sql) const {
    Connection db(m_url);
    if (!db.ok())
        return std::unexpected(QStringLiteral("cannot connect to the test database: ") + db.error());
    QueryResult result(db.conn, sql.constData());
    if (!result.ok())
        return std::unexpected(db.error());
    return {};
}

} // namespace selftrack::server::test
