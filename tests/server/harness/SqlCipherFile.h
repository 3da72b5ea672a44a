// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableDump.h"

#include <QString>

#include <expected>

namespace selftrack::server::test {

// Direct access to the embedded store DIR/server.db with the key from DIR/server.key, as an
// operator with the data dir could do. For checks that must not trust the server's own answers.
class SqlCipherFile {
public:
    static std::expected<TableDump, QString> dump(const QString& dataDir);
    static std::expected<void, QString> exec(const QString& dataDir, const QByteArray& sql);
};

} // namespace selftrack::server::test
