// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/crypto/Crypto.h"
#include "core/storage/Database.h"
#include "core/vault/VaultHeader.h"

#include <QString>

#include <memory>

namespace selftrack::core {

// A vault folder: vault.json (wrapped data key) + selftrack.db (SQLCipher keyed with the raw
// data key). An open Vault owns the database connection and the data key; lock() closes the
// connection and wipes the key. Not thread-safe: use from one thread at a time. The app reaches a
// vault through VaultSession, which also unlocks it off the GUI thread.
class Vault {
public:
    static constexpr auto kHeaderFile = "vault.json";
    static constexpr auto kDatabaseFile = "selftrack.db";

    // QStandardPaths::AppDataLocation + "/default", or $SELFTRACK_VAULT when set.
    static QString defaultLocation();

    // VaultExists when the folder exists and is not empty. The folder is created with mode 0700.
    static Result<std::unique_ptr<Vault>> create(const QString& dir, const SecureBuffer& passphrase,
                                                 const Argon2Params& params = {});
    // VaultMissing, HeaderDamaged, HeaderUnknownVersion, WrongPassphrase, NotOurDatabase,
    // DatabaseTooNew; none of these writes anything.
    static Result<std::unique_ptr<Vault>> open(const QString& dir, const SecureBuffer& passphrase);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Re-wraps the data key under a new passphrase (the database is untouched); the header is
    // replaced atomically. Requires the current passphrase.
    Status changePassphrase(const SecureBuffer& currentPassphrase, const SecureBuffer& newPassphrase);
    // The two halves of changePassphrase for a caller that runs the KDF on another thread:
    // rewrap() is a pure function of a copy of the header (both KDF runs; WrongPassphrase when
    // `currentPassphrase` does not open it), adoptHeader() writes its result atomically and uses
    // it. adoptHeader refuses (InvalidInput, nothing written) a header of another vault.
    static Result<VaultHeader> rewrap(const VaultHeader& header, const SecureBuffer& currentPassphrase,
                                      const SecureBuffer& newPassphrase);
    Status adoptHeader(VaultHeader header);
    // Closes the connection and wipes the data key. Irreversible for this object (open again).
    void lock();
    bool isLocked() const { return !m_db->isOpen(); }

    // Valid as long as this Vault exists; after lock() every database call fails with
    // ErrorCode::Locked (never a dangling reference).
    Database& database() { return *m_db; }
    // A second connection to this vault's database with the same key, for reading a consistent
    // snapshot (a backup) while this one keeps writing. Locked when the vault is locked.
    Result<std::unique_ptr<Database>> openConnection() const;
    QString directory() const { return m_dir; }
    QString deviceId() const { return m_header.deviceId(); }
    const VaultHeader& header() const { return m_header; }

private:
    Vault(QString dir, VaultHeader header, SecureBuffer dataKey, std::unique_ptr<Database> db);
    static Result<VaultHeader> readHeader(const QString& dir);

    QString m_dir;
    VaultHeader m_header;
    SecureBuffer m_dataKey;
    std::unique_ptr<Database> m_db;
};

} // namespace selftrack::core
