// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/BackupCommands.h"

#include "app/cli/ProgressPrinter.h"
#include "app/cli/Subcommands.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupRestore.h"
#include "core/backup/BackupWriter.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <array>

namespace selftrack::app {

using core::BackupManifest;
using core::SecureBuffer;

namespace {

const QString kPassphraseFileOption = QStringLiteral("backup-passphrase-file");

QString absolute(const QString& path) {
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

QString sizeText(std::int64_t bytes) {
    return QLocale(QLocale::English).formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// The backup's passphrase: its own when given, else the vault's from the usual sources.
CliResult<SecureBuffer> backupPassphrase(CommandContext& ctx, const ParsedArgs& parsed) {
    auto own = ctx.passphrases().backupOverride(parsed.value(kPassphraseFileOption));
    if (!own)
        return std::unexpected(own.error());
    if (*own)
        return std::move(**own);
    return ctx.passphrases().current();
}

QJsonObject manifestJson(const QString& path, const BackupManifest& manifest) {
    QJsonObject out = manifest.toJsonObject();
    out.remove(QStringLiteral("format"));
    out.insert(QStringLiteral("path"), path);
    out.insert(QStringLiteral("file_bytes"), QFileInfo(path).size());
    return out;
}

void describe(OutputWriter& out, const BackupManifest& m) {
    const auto& c = m.counts;
    out.table({
        {QStringLiteral("created"), QStringLiteral("%1 by SelfTrack %2").arg(m.created, m.appVersion)},
        {QStringLiteral("vault"), QStringLiteral("device %1, database schema %2, %3")
                                      .arg(m.deviceId)
                                      .arg(m.schemaVersion)
                                      .arg(sizeText(m.databaseBytes))},
        {QStringLiteral("goals"),
         QStringLiteral("%1 (milestones %2, categories %3)").arg(c.goals).arg(c.milestones).arg(c.categories)},
        {QStringLiteral("records"), QString::number(c.records)},
        {QStringLiteral("entries"), QString::number(c.entries)},
        {QStringLiteral("revisions"), QString::number(c.revisions)},
        {QStringLiteral("in the trash"), QString::number(c.trashed)},
    });
}

} // namespace

CliStatus BackupCommands::run(CommandContext& ctx, const QStringList& args) {
    static constexpr std::array<Subcommand, 3> kSubcommands{{
        {"create", &BackupCommands::create},
        {"verify", &BackupCommands::verify},
        {"restore", &BackupCommands::restore},
    }};
    return runSubcommand(ctx, QStringLiteral("backup"), args, kSubcommands);
}

CliStatus BackupCommands::create(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("backup create"), args, {{kPassphraseFileOption, true}}, 1, 1);
    if (!parsed)
        return parsed.error();
    const QString path = absolute(parsed->positional(0));
    const QString dir = ctx.vaultDir();
    if (!QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(core::Vault::kHeaderFile))))
        return cliFail(ExitCode::NotFound,
                       QStringLiteral("There is no vault at %1; create one with 'selftrack-cli init'.").arg(dir));
    auto own = ctx.passphrases().backupOverride(parsed->value(kPassphraseFileOption));
    if (!own)
        return std::unexpected(own.error());
    auto vaultPassphrase = ctx.passphrases().current();
    if (!vaultPassphrase)
        return std::unexpected(vaultPassphrase.error());
    if (auto st = ctx.openVault(*vaultPassphrase); !st)
        return st;
    const SecureBuffer& passphrase = *own ? **own : *vaultPassphrase;
    ProgressPrinter progress(QStringLiteral("backup"));
    auto manifest = core::BackupWriter::create(*ctx.vault(), path, passphrase, {}, progress.callback());
    if (!manifest)
        return cliFail(manifest.error());
    ctx.out().setJson(manifestJson(path, *manifest));
    ctx.out().line(QStringLiteral("Wrote and checked the backup %1 (%2).").arg(path, sizeText(QFileInfo(path).size())));
    describe(ctx.out(), *manifest);
    return {};
}

CliStatus BackupCommands::verify(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(QStringLiteral("backup verify"), args, {{kPassphraseFileOption, true}}, 1, 1);
    if (!parsed)
        return parsed.error();
    const QString path = absolute(parsed->positional(0));
    // A file that is not a backup (or from a newer version) is reported before asking anything.
    if (auto reader = core::BackupReader::open(path); !reader)
        return cliFail(reader.error());
    auto passphrase = backupPassphrase(ctx, *parsed);
    if (!passphrase)
        return std::unexpected(passphrase.error());
    ProgressPrinter progress(QStringLiteral("verify"));
    auto manifest = core::BackupReader::verify(path, *passphrase, progress.callback());
    if (!manifest)
        return cliFail(manifest.error());
    QJsonObject json = manifestJson(path, *manifest);
    json.insert(QStringLiteral("verified"), true);
    ctx.out().setJson(json);
    ctx.out().line(QStringLiteral("The backup %1 is complete and intact.").arg(path));
    describe(ctx.out(), *manifest);
    return {};
}

CliStatus BackupCommands::restore(CommandContext& ctx, const QStringList& args) {
    auto parsed = ctx.parse(
        QStringLiteral("backup restore"), args,
        {{kPassphraseFileOption, true}, {QStringLiteral("into"), true}, {QStringLiteral("replace"), false}}, 1, 1);
    if (!parsed)
        return parsed.error();
    const bool replace = parsed->has(QStringLiteral("replace"));
    if (replace && parsed->has(QStringLiteral("into")))
        return cliFail(ExitCode::Usage, QStringLiteral("Use either --into DIR or --replace, not both."));
    const QString path = absolute(parsed->positional(0));
    if (auto reader = core::BackupReader::open(path); !reader)
        return cliFail(reader.error());
    const QString vaultDir = ctx.vaultDir();
    QString target = parsed->has(QStringLiteral("into")) ? absolute(parsed->value(QStringLiteral("into"))) : QString();
    if (target.isEmpty() && !replace)
        target =
            vaultDir + QStringLiteral("-restored-") + ctx.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (replace && !QFileInfo::exists(QDir(vaultDir).filePath(QString::fromLatin1(core::Vault::kHeaderFile))))
        return cliFail(ExitCode::NotFound,
                       QStringLiteral("There is no vault at %1 to replace; restore with --into DIR.").arg(vaultDir));
    auto passphrase = backupPassphrase(ctx, *parsed);
    if (!passphrase)
        return std::unexpected(passphrase.error());
    ProgressPrinter progress(QStringLiteral("restore"));
    if (replace) {
        auto replaced = core::BackupRestore::replaceVault(
            path, vaultDir, *passphrase, [&ctx] { return ctx.now().toUTC(); }, progress.callback());
        if (!replaced)
            return cliFail(replaced.error());
        QJsonObject json = manifestJson(path, replaced->manifest);
        json.insert(QStringLiteral("vault"), vaultDir);
        json.insert(QStringLiteral("previous_vault"), replaced->previousVault);
        ctx.out().setJson(json);
        ctx.out().line(QStringLiteral("Replaced the vault at %1 with the backup. The previous vault is kept at %2; "
                                      "delete it when you no longer need it.")
                           .arg(vaultDir, replaced->previousVault));
        describe(ctx.out(), replaced->manifest);
        return {};
    }
    auto manifest = core::BackupRestore::intoNewVault(path, target, *passphrase, progress.callback());
    if (!manifest)
        return cliFail(manifest.error());
    QJsonObject json = manifestJson(path, *manifest);
    json.insert(QStringLiteral("vault"), target);
    ctx.out().setJson(json);
    ctx.out().line(QStringLiteral("Restored the backup into a new vault at %1 (its passphrase is the backup's). "
                                  "Use it with --vault %1.")
                       .arg(target));
    describe(ctx.out(), *manifest);
    return {};
}

} // namespace selftrack::app
