// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/StorageFactory.h"

#include "server/ServerKey.h"
#include "server/SqlCipherStorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace selftrack::server {

namespace {

Result<std::unique_ptr<Storage>> openEmbedded(const ServerConfig& config, bool create) {
    const QString path = embeddedDatabasePath(config);
    const bool exists = QFileInfo::exists(path);
    if (!exists && !create)
        return fail(ErrorCode::Io, "There is no database at " + path.toStdString() + ".");
    if (exists && !ServerKey::fromEnvironment() && !QFileInfo::exists(ServerKey::filePath(config.dataDir)))
        return fail(ErrorCode::WrongKey, path.toStdString() + " exists but " +
                                             ServerKey::filePath(config.dataDir).toStdString() + " is missing; give " +
                                             "the key in " + ServerKey::kEnvironmentVariable + ".");
    auto key = ServerKey::load(config.dataDir, !exists);
    if (!key)
        return std::unexpected(key.error());
    const StorageOptions options{config.threads};
    auto storage = SqlCipherStorage::open(path, std::move(*key), options);
    const QString pending = ServerKey::filePath(config.dataDir) + QStringLiteral(".new");
    if (!storage && storage.error().code == ErrorCode::WrongKey && !ServerKey::fromEnvironment() &&
        QFileInfo::exists(pending)) {
        QFile file(pending);
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray text = file.read(128);
            auto newKey = ServerKey::fromHex(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
            text.fill('\0');
            if (newKey) {
                storage = SqlCipherStorage::open(path, std::move(*newKey), options);
                if (storage && QFile::remove(ServerKey::filePath(config.dataDir)) &&
                    QFile::rename(pending, ServerKey::filePath(config.dataDir)))
                    std::fprintf(stderr, "note: finished an interrupted key rotation (server.key replaced).\n");
            }
        }
    }
    if (!storage) {
        if (storage.error().code == ErrorCode::WrongKey)
            return fail(ErrorCode::WrongKey, "The server key does not open " + path.toStdString() + " (wrong key?).");
        return std::unexpected(storage.error());
    }
    return std::unique_ptr<Storage>(std::move(*storage));
}

} // namespace

QString embeddedDatabasePath(const ServerConfig& config) {
    return QDir(config.dataDir).filePath(QStringLiteral("server.db"));
}

Result<std::unique_ptr<Storage>> openStorage(const ServerConfig& config, bool create) {
    if (!config.databaseUrl.empty()) {
        auto storage = openPostgresStorage(config.databaseUrl, StorageOptions{config.threads});
        if (!storage) {
            // The backend's own message already says "cannot connect to PostgreSQL at host:port" when
            // that is the problem; other failures (migrations, permissions) get the context here.
            std::string message = storage.error().message;
            if (message.rfind("cannot connect", 0) == 0)
                message[0] = 'C';
            else
                message = "Cannot use the database: " + message;
            return fail(storage.error().code, message);
        }
        return storage;
    }
    return openEmbedded(config, create);
}

} // namespace selftrack::server
