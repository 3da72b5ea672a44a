// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/crypto/Crypto.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QString>

namespace selftrack::core {

// The plaintext vault.json: KDF parameters and salt, the data key (DK) wrapped with
// AES-256-GCM under Argon2id(passphrase), device id and the SQLCipher settings.
// It contains nothing secret in the clear.
class VaultHeader {
public:
    static constexpr int kFormatVersion = 1;

    // A fresh header wrapping `dataKey` under `passphrase` with a new salt and nonce. `cipher`
    // describes an existing database (a restored backup); new vaults use the defaults.
    static Result<VaultHeader> create(const SecureBuffer& passphrase, const SecureBuffer& dataKey,
                                      const Argon2Params& params, const QString& deviceId,
                                      const CipherSettings& cipher = {});
    // Parses vault.json; HeaderDamaged or HeaderUnknownVersion on bad input.
    static Result<VaultHeader> parse(const QByteArray& json);

    QByteArray serialize() const;
    // Derives the passphrase key and unwraps DK; WrongPassphrase when the GCM tag fails.
    Result<SecureBuffer> unwrap(const SecureBuffer& passphrase) const;
    // The same header with DK re-wrapped under a new passphrase (new salt and nonce).
    Result<VaultHeader> rewrapped(const SecureBuffer& newPassphrase, const SecureBuffer& dataKey) const;

    QString deviceId() const { return m_deviceId; }
    Argon2Params kdfParams() const { return m_params; }
    CipherSettings cipherSettings() const { return m_cipher; }

private:
    Argon2Params m_params;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_wrappedKey;
    QString m_deviceId;
    QString m_created;
    CipherSettings m_cipher;
};

} // namespace selftrack::core
