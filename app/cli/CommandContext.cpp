// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandContext.h"

#include "app/cli/HelpText.h"
#include "core/domain/ContentStore.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFileInfo>

namespace selftrack::app {

CommandContext::CommandContext(GlobalOptions options) : m_options(std::move(options)), m_out(m_options.json) {}

CommandContext::~CommandContext() {
    m_store.reset();
    if (m_vault)
        m_vault->lock();
}

CommandArgs CommandContext::parse(const QString& command, const QStringList& args, QList<OptionSpec> options,
                                  int minPositionals, int maxPositionals) {
    options.append({QStringLiteral("json"), false});
    options.append({QStringLiteral("vault"), true});
    options.append({QStringLiteral("passphrase-file"), true});
    auto parsed =
        ArgParser(QStringLiteral("selftrack-cli ") + command, options).parse(args, minPositionals, maxPositionals);
    if (!parsed)
        return std::unexpected<CliStatus>(std::unexpected(parsed.error()));
    if (parsed->has(QStringLiteral("json")))
        m_options.json = true;
    if (parsed->has(QStringLiteral("vault")))
        m_options.vaultDir = parsed->value(QStringLiteral("vault"));
    if (parsed->has(QStringLiteral("passphrase-file")))
        m_options.passphraseFile = parsed->value(QStringLiteral("passphrase-file"));
    m_out.setJsonMode(m_options.json);
    if (parsed->helpRequested())
        return std::unexpected(help(command));
    return std::move(*parsed);
}

CliStatus CommandContext::help(const QString& command) {
    OutputWriter::printText(HelpText::forCommand(command));
    m_out = OutputWriter(false);
    return {};
}

QString CommandContext::vaultDir() const {
    if (!m_options.vaultDir.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(m_options.vaultDir));
    return core::Vault::defaultLocation();
}

CliStatus CommandContext::openVault(const core::SecureBuffer& passphrase) {
    const QString dir = vaultDir();
    if (!QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(core::Vault::kHeaderFile))))
        return cliFail(ExitCode::NotFound,
                       QStringLiteral("There is no vault at %1; create one with 'selftrack-cli init'.").arg(dir));
    auto vault = core::Vault::open(dir, passphrase);
    if (!vault)
        return cliFail(vault.error());
    adoptVault(std::move(*vault));
    return {};
}

CliResult<core::ContentStore*> CommandContext::store() {
    if (m_store)
        return m_store.get();
    if (!m_vault) {
        const QString dir = vaultDir();
        // Checked before asking for a passphrase, so a missing vault never prompts.
        if (!QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(core::Vault::kHeaderFile))))
            return cliFail(ExitCode::NotFound,
                           QStringLiteral("There is no vault at %1; create one with 'selftrack-cli init'.").arg(dir));
        auto passphrase = passphrases().current();
        if (!passphrase)
            return std::unexpected(passphrase.error());
        if (auto st = openVault(*passphrase); !st)
            return std::unexpected(st.error());
    }
    m_store = std::make_unique<core::ContentStore>(m_vault->database(), m_vault->deviceId(), m_options.clock);
    return m_store.get();
}

void CommandContext::adoptVault(std::unique_ptr<core::Vault> vault) {
    m_store.reset();
    m_vault = std::move(vault);
}

int CommandContext::utcOffsetMinutes(QDate day, std::optional<QTime> time) {
    const QDateTime local(day, time.value_or(QTime(12, 0)));
    return local.isValid() ? local.offsetFromUtc() / 60 : QDateTime::currentDateTime().offsetFromUtc() / 60;
}

} // namespace selftrack::app
