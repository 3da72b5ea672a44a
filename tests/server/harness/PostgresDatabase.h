// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableDump.h"

#include <QString>

#include <expected>
#include <memory>

namespace selftrack::server::test {

// A fresh, empty database in the throwaway cluster started by pg-cluster.sh (its URL is in the
// file named by SELFTRACK_TEST_PG_URL_FILE). Dropped, with any connection still open, on destruction.
class PostgresDatabase {
public:
    ~PostgresDatabase();
    PostgresDatabase(const PostgresDatabase&) = delete;
    PostgresDatabase& operator=(const PostgresDatabase&) = delete;

    static std::expected<std::unique_ptr<PostgresDatabase>, QString> create();
    // URL of the cluster's maintenance database from SELFTRACK_TEST_PG_URL_FILE.
    static std::expected<QString, QString> clusterUrl();

    const QString& url() const { return m_url; }
    // Every row of every table outside the system schemas, each row as its text form.
    std::expected<TableDump, QString> dump() const;
    std::expected<void, QString> exec(const QByteArray& sql) const;

private:
    PostgresDatabase(QString clusterUrl, QString name, QString url)
        : m_clusterUrl(std::move(clusterUrl)), m_name(std::move(name)), m_url(std::move(url)) {}

    QString m_clusterUrl;
    QString m_name;
    QString m_url;
};

} // namespace selftrack::server::test
