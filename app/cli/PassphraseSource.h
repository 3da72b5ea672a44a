// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliError.h"
#include "core/crypto/SecureBuffer.h"

namespace selftrack::app {

// Where passphrases come from, in this order: --passphrase-file FILE (first line), the
// SELFTRACK_PASSPHRASE environment variable, a no-echo prompt on the terminal. The new passphrase
// of `passwd` comes from SELFTRACK_NEW_PASSPHRASE or a prompt. Passphrases only ever live in
// SecureBuffer (never QString) and are never printed.
class PassphraseSource {
public:
    explicit PassphraseSource(QString passphraseFile) : m_file(std::move(passphraseFile)) {}

    // The current passphrase. ExitCode::Passphrase when none can be obtained.
    CliResult<core::SecureBuffer> current() const;
    // A passphrase for a new vault: like current(), but a prompt asks twice.
    CliResult<core::SecureBuffer> forNewVault() const;
    // The replacement passphrase of `passwd`.
    CliResult<core::SecureBuffer> replacement() const;
    // A backup's own passphrase: the first line of `file` when given, else
    // $SELFTRACK_BACKUP_PASSPHRASE; nullopt when neither is set (the caller uses the vault's).
    CliResult<std::optional<core::SecureBuffer>> backupOverride(const QString& file) const;

private:
    CliResult<core::SecureBuffer> fromFile() const { return readFile(m_file); }
    static CliResult<core::SecureBuffer> readFile(const QString& path);
    static std::optional<core::SecureBuffer> fromEnvironment(const char* name);
    static CliResult<core::SecureBuffer> prompt(const char* question);
    static CliResult<core::SecureBuffer> promptTwice(const char* question);
    static CliStatus checkNotEmpty(const core::SecureBuffer& passphrase);

    QString m_file;
};

} // namespace selftrack::app
