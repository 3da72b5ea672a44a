// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlCipherFile.h"

#include "core/storage/Database.h"

#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace selftrack::server::test {
namespace {

// Opens DIR/server.db exactly as the server does (same cipher settings), with the key from DIR/server.key.
std::expected<std::unique_ptr<core::Database>, QString> openKeyed(const QString& dataDir) {
    QFile keyFile(dataDir + QStringLiteral("/server.key"));
    if (!keyFile.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read ") + keyFile.fileName());
    const QByteArray key = QByteArray::fromHex(keyFile.readAll().trimmed());
    if (key.size() != 32)
        return std::unexpected(QStringLiteral("server.key does not hold 64 hex digits"));
    auto db = core::Database::open(dataDir + QStringLiteral("/server.db"),
                                   core::SecureBuffer(key.constData(), static_cast<std::size_t>(key.size())),
                                   core::CipherSettings{}, false);
    if (!db)
        return std::unexpected(QStringLiteral("server.key does not open server.db: ") + db.error().message);
    sqlite3_busy_timeout((*db)->handle(), 10000);
    return std::move(*db);
}

} // namespace

std::expected<TableDump, QString> SqlCipherFile::dump(const QString& dataDir) {
    auto db = openKeyed(dataDir);
    if (!db)
        return std::unexpected(db.error());
    sqlite3_stmt* tables = nullptr;
    if (sqlite3_prepare_v2((*db)->handle(), "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1,
                           &tables, nullptr) != SQLITE_OK)
        return std::unexpected(QString::fromUtf8(sqlite3_errmsg((*db)->handle())));
    TableDump dump;
    while (sqlite3_step(tables) == SQLITE_ROW) {
        const QByteArray table(reinterpret_cast<const char*>(sqlite3_column_text(tables, 0)));
        auto& rows = dump[QString::fromUtf8(table)];
        sqlite3_stmt* select = nullptr;
        const QByteArray sql = "SELECT * FROM \"" + table + "\"";
        if (sqlite3_prepare_v2((*db)->handle(), sql.constData(), -1, &select, nullptr) != SQLITE_OK) {
            sqlite3_finalize(tables);
            return std::unexpected(QString::fromUtf8(sqlite3_errmsg((*db)->handle())));
        }
        while (sqlite3_step(select) == SQLITE_ROW) {
            QByteArray row;
            for (int c = 0; c < sqlite3_column_count(select); ++c) {
                if (c > 0)
                    row += '|';
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(select, c));
                row.append(bytes, sqlite3_column_bytes(select, c));
            }
            rows.push_back(row);
        }
        sqlite3_finalize(select);
    }
    sqlite3_finalize(tables);
    return dump;
}

std::expected<void, QString> SqlCipherFile::exec(const QString& dataDir, const QByteArray& sql) {
    auto db = openKeyed(dataDir);
    if (!db)
        return std::unexpected(db.error());
    char* message = nullptr;
    if (sqlite3_exec((*db)->handle(), sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = QString::fromUtf8(message);
        sqlite3_free(message);
        return std::unexpected(error);
    }
    return {};
}

} // namespace selftrack::server::test
