// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/VaultCommands.h"

#include "core/vault/Vault.h"

#include <QJsonObject>

namespace selftrack::app {

CliStatus VaultCommands::init(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("init"), args, {}, 0, 0);
    if (!parsed)
        return parsed.error();
    const QString dir = ctx.vaultDir();
    auto passphrase = ctx.passphrases().forNewVault();
    if (!passphrase)
        return std::unexpected(passphrase.error());
    auto vault = core::Vault::create(dir, *passphrase);
    if (!vault)
        return cliFail(vault.error());
    const QString deviceId = (*vault)->deviceId();
    ctx.adoptVault(std::move(*vault));
    ctx.out().setJson(QJsonObject{
        {QStringLiteral("vault"), dir}, {QStringLiteral("device_id"), deviceId}, {QStringLiteral("created"), true}});
    ctx.out().line(QStringLiteral("Created a new vault at %1.").arg(dir));
    return {};
}

CliStatus VaultCommands::passwd(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("passwd"), args, {}, 0, 0);
    if (!parsed)
        return parsed.error();
    auto current = ctx.passphrases().current();
    if (!current)
        return std::unexpected(current.error());
    if (auto st = ctx.openVault(*current); !st)
        return st;
    auto replacement = ctx.passphrases().replacement();
    if (!replacement)
        return std::unexpected(replacement.error());
    if (auto st = ctx.vault()->changePassphrase(*current, *replacement); !st)
        return cliFail(st.error());
    ctx.out().setJson(QJsonObject{{QStringLiteral("vault"), ctx.vaultDir()}, {QStringLiteral("changed"), true}});
    ctx.out().line(QStringLiteral("Changed the passphrase of %1.").arg(ctx.vaultDir()));
    return {};
}

} // namespace selftrack::app
