// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-in for openPostgresStorage() while the PostgreSQL backend (PostgresStorage.cpp) is not
// part of the build; CMake drops this file as soon as that one exists.
#include "server/Storage.h"

namespace selftrack::server {

Result<std::unique_ptr<Storage>> openPostgresStorage(const std::string& url, const StorageOptions& options) {
    (void)url;
    (void)options;
    return fail(ErrorCode::Unsupported, "This build of selftrack-server has no PostgreSQL backend.");
}

} // namespace selftrack::server
