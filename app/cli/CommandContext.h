// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/ArgParser.h"
#include "app/cli/CliError.h"
#include "app/cli/OutputWriter.h"
#include "app/cli/PassphraseSource.h"
#include "core/Clock.h"

#include <QDateTime>

#include <expected>
#include <memory>
#include <optional>

namespace selftrack::core {
class Vault;
class ContentStore;
} // namespace selftrack::core

namespace selftrack::app {

// Options accepted before or after the command.
struct GlobalOptions {
    QString vaultDir; // empty = Vault::defaultLocation() (honours SELFTRACK_VAULT)
    bool json = false;
    QString passphraseFile;
    // "Now" for every default date and revision time; main() pins it from $SELFTRACK_CLOCK.
    core::Clock clock = core::systemClock();
};

// A command's parsed arguments or, when the command is already finished (a usage error, or its help
// was asked for and printed), the status it ends with: `if (!parsed) return parsed.error();`.
using CommandArgs = std::expected<ParsedArgs, CliStatus>;

// What every command works with: the global options, the output, and the vault, opened on first
// use (so --help and argument errors never ask for a passphrase). Owns the open vault and locks
// it when destroyed.
class CommandContext {
public:
    explicit CommandContext(GlobalOptions options);
    ~CommandContext();
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    OutputWriter& out() { return m_out; }
    bool json() const { return m_options.json; }

    // Parses a command's arguments; the global options are accepted there too and applied. Prints
    // the help of `command` when it is asked for.
    CommandArgs parse(const QString& command, const QStringList& args, QList<OptionSpec> options, int minPositionals,
                      int maxPositionals);
    // Prints the help of `command` to stdout.
    CliStatus help(const QString& command);

    QString vaultDir() const;
    PassphraseSource passphrases() const { return PassphraseSource(m_options.passphraseFile); }
    // Opens the vault (asking for the passphrase) on first call.
    CliResult<core::ContentStore*> store();
    // Opens the vault with this passphrase (NotFound with a hint to run init when there is none).
    CliStatus openVault(const core::SecureBuffer& passphrase);
    core::Vault* vault() { return m_vault.get(); }
    // Takes ownership of a vault made by `init`.
    void adoptVault(std::unique_ptr<core::Vault> vault);

    // Local time from the options' clock; "today" of every default date.
    QDateTime now() const { return m_options.clock().toLocalTime(); }
    QDate today() const { return now().date(); }
    // The local UTC offset in minutes at that local day and time (noon when no time).
    static int utcOffsetMinutes(QDate day, std::optional<QTime> time);

private:
    GlobalOptions m_options;
    OutputWriter m_out;
    std::unique_ptr<core::Vault> m_vault;
    std::unique_ptr<core::ContentStore> m_store;
};

} // namespace selftrack::app
