// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerConfig.h"
#include "server/Storage.h"

#include <memory>

namespace selftrack::server {

// Opens the configured backend: PostgreSQL when --database is given, else DIR/server.db with the
// server key (created with the database when `create` and both are missing). Finishes a key
// rotation interrupted after the database was re-encrypted (server.key.new opens it).
Result<std::unique_ptr<Storage>> openStorage(const ServerConfig& config, bool create);
QString embeddedDatabasePath(const ServerConfig& config);

} // namespace selftrack::server
