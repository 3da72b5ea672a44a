// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AdminCommands.h"

#include "core/crypto/Crypto.h"
#include "server/ServerKey.h"
#include "server/StorageFactory.h"
#include "server/protocol/Email.h"

#include <QFile>

#include <cstdio>

namespace selftrack::server {

namespace {

int report(const Error& error) {
    std::fprintf(stderr, "error: %s\n", error.message.c_str());
    return 1;
}

int accounts(Storage& storage) {
    auto count = storage.countAccounts();
    if (!count)
        return report(count.error());
    std::printf("accounts: %lld\n", static_cast<long long>(*count));
    return 0;
}

int usage(Storage& storage) {
    auto totals = storage.usageTotals();
    if (!totals)
        return report(totals.error());
    std::printf("accounts: %lld\nsessions: %lld\nitems: %lld\nrevisions: %lld\nbytes: %lld\ntombstones: %lld\n",
                static_cast<long long>(totals->accounts), static_cast<long long>(totals->sessions),
                static_cast<long long>(totals->items), static_cast<long long>(totals->revisions),
                static_cast<long long>(totals->bytes), static_cast<long long>(totals->tombstones));
    return 0;
}

int deleteAccount(Storage& storage, const std::vector<std::string>& args) {
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: selftrack-server admin --data-dir DIR delete-account EMAIL\n");
        return 2;
    }
    const auto email = normalizeEmail(args[1]);
    auto account = email ? storage.findAccountByEmail(*email) : Result<std::optional<Account>>(std::nullopt);
    if (!account)
        return report(account.error());
    if (!*account) {
        std::printf("no such account\n");
        return 1;
    }
    auto removed = storage.deleteAccount((*account)->id);
    if (!removed)
        return report(removed.error());
    std::printf("deleted\n");
    return 0;
}

// New key written to server.key.new first, then the database re-encrypted and renamed over, then
// the key file renamed: a crash in between is finished by the next start (StorageFactory).
int rotateKey(Storage& storage, const ServerConfig& config) {
    if (!config.databaseUrl.empty()) {
        std::fprintf(stderr, "error: rotate-key applies to the embedded database only.\n");
        return 1;
    }
    const core::SecureBuffer newKey = core::crypto::randomKey(32);
    const bool fromEnv = ServerKey::fromEnvironment();
    const QString keyPath = ServerKey::filePath(config.dataDir);
    const QString pending = keyPath + QStringLiteral(".new");
    if (!fromEnv) {
        if (auto st = ServerKey::write(pending, newKey); !st)
            return report(st.error());
    }
    if (auto st = storage.rotateKey(newKey); !st) {
        QFile::remove(pending);
        return report(st.error());
    }
    if (fromEnv) {
        const core::SecureBuffer hex = newKey.toHex();
        std::printf("new key (set %s to it; it is not stored anywhere else):\n%.*s\n", ServerKey::kEnvironmentVariable,
                    static_cast<int>(hex.size()), reinterpret_cast<const char*>(hex.data()));
        return 0;
    }
    if (::rename(QFile::encodeName(pending).constData(), QFile::encodeName(keyPath).constData()) != 0) {
        std::fprintf(stderr, "error: the database uses the key in %s; rename it to server.key.\n",
                     QFile::encodeName(pending).constData());
        return 1;
    }
    std::printf("rotated: %s re-encrypted under a new key\n",
                QFile::encodeName(embeddedDatabasePath(config)).constData());
    return 0;
}

} // namespace

int AdminCommands::run(const Command& command) {
    const std::string& name = command.adminArgs.front();
    if (name != "accounts" && name != "usage" && name != "delete-account" && name != "rotate-key") {
        std::fprintf(stderr, "error: unknown admin command %s (accounts, usage, delete-account EMAIL, rotate-key).\n",
                     name.c_str());
        return 2;
    }
    auto storage = openStorage(command.config, false);
    if (!storage)
        return report(storage.error());
    if (auto st = (*storage)->migrate(); !st)
        return report(st.error());
    if (name == "accounts")
        return accounts(**storage);
    if (name == "usage")
        return usage(**storage);
    if (name == "delete-account")
        return deleteAccount(**storage, command.adminArgs);
    return rotateKey(**storage, command.config);
}

} // namespace selftrack::server
