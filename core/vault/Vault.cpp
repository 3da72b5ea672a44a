// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/Vault.h"

#include "core/vault/AtomicFile.h"
#include "core/vault/Schema.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

namespace selftrack::core {

namespace {
QString headerPath(const QString& dir) {
    return QDir(dir).filePath(QString::fromLatin1(Vault::kHeaderFile));
}
QString databasePath(const QString& dir) {
    return QDir(dir).filePath(QString::fromLatin1(Vault::kDatabaseFile));
}
} // namespace

QString Vault::defaultLocation() {
    QString fromEnv = qEnvironmentVariable("SELFTRACK_VAULT");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("default"));
}

Vault::Vault(QString dir, VaultHeader header, SecureBuffer dataKey, std::unique_ptr<Database> db)
    : m_dir(std::move(dir)), m_header(std::move(header)), m_dataKey(std::move(dataKey)), m_db(std::move(db)) {}

Vault::~Vault() {
    lock();
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& dir, const SecureBuffer& passphrase,
                                             const Argon2Params& params) {
    if (passphrase.empty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The passphrase must not be empty."));
    QDir folder(dir);
    if (folder.exists() && !folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(ErrorCode::VaultExists, QStringLiteral("The folder %1 already exists and is not empty; "
                                                           "refusing to create a vault there.")
                                                .arg(QDir::toNativeSeparators(dir)));
    SecureBuffer dataKey = crypto::randomKey();
    const QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto header = VaultHeader::create(passphrase, dataKey, params, deviceId);
    if (!header)
        return std::unexpected(header.error());
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    auto db = Database::open(databasePath(dir), dataKey, header->cipherSettings(), true);
    if (!db)
        return std::unexpected(db.error());
    if (auto st = Schema::create(**db); !st)
        return std::unexpected(st.error());
    // The header goes last: a folder without vault.json is an unfinished create, never a vault
    // whose key is lost.
    if (auto st = AtomicFile::write(headerPath(dir), header->serialize()); !st)
        return std::unexpected(st.error());
    return std::unique_ptr<Vault>(new Vault(dir, std::move(*header), std::move(dataKey), std::move(*db)));
}

Result<VaultHeader> Vault::readHeader(const QString& dir) {
    if (!QDir(dir).exists())
        return fail(ErrorCode::VaultMissing,
                    QStringLiteral("There is no vault at %1.").arg(QDir::toNativeSeparators(dir)));
    QFile file(headerPath(dir));
    if (!file.exists())
        return fail(
            ErrorCode::VaultMissing,
            QStringLiteral("There is no vault at %1 (vault.json is missing).").arg(QDir::toNativeSeparators(dir)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("Cannot read %1: %2.").arg(file.fileName(), file.errorString()));
    if (file.size() > 1024 * 1024)
        return fail(ErrorCode::HeaderDamaged, QStringLiteral("The vault header (vault.json) is damaged: too large."));
    return VaultHeader::parse(file.readAll());
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& dir, const SecureBuffer& passphrase) {
    auto header = readHeader(dir);
    if (!header)
        return std::unexpected(header.error());
    auto dataKey = header->unwrap(passphrase);
    if (!dataKey)
        return std::unexpected(dataKey.error());
    if (!QFile::exists(databasePath(dir)))
        return fail(
            ErrorCode::VaultMissing,
            QStringLiteral("The vault at %1 has no database file (selftrack.db).").arg(QDir::toNativeSeparators(dir)));
    auto db = Database::open(databasePath(dir), *dataKey, header->cipherSettings(), false);
    if (!db)
        return std::unexpected(db.error());
    if (auto st = Schema::checkAndMigrate(**db); !st)
        return std::unexpected(st.error());
    return std::unique_ptr<Vault>(new Vault(dir, std::move(*header), std::move(*dataKey), std::move(*db)));
}

Status Vault::changePassphrase(const SecureBuffer& currentPassphrase, const SecureBuffer& newPassphrase) {
    if (isLocked())
        return fail(ErrorCode::Locked, QStringLiteral("The vault is locked."));
    auto header = rewrap(m_header, currentPassphrase, newPassphrase);
    if (!header)
        return std::unexpected(header.error());
    return adoptHeader(std::move(*header));
}

Result<VaultHeader> Vault::rewrap(const VaultHeader& header, const SecureBuffer& currentPassphrase,
                                  const SecureBuffer& newPassphrase) {
    if (newPassphrase.empty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The new passphrase must not be empty."));
    // Unwrapping with the current passphrase both checks it and yields the key to re-wrap, so
    // the caller needs no access to the open vault's key.
    auto dataKey = header.unwrap(currentPassphrase);
    if (!dataKey)
        return std::unexpected(dataKey.error());
    return header.rewrapped(newPassphrase, *dataKey);
}

Status Vault::adoptHeader(VaultHeader header) {
    if (isLocked())
        return fail(ErrorCode::Locked, QStringLiteral("The vault is locked."));
    if (header.deviceId() != m_header.deviceId() ||
        header.cipherSettings().pageSize != m_header.cipherSettings().pageSize ||
        header.cipherSettings().compatibility != m_header.cipherSettings().compatibility)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The new vault header belongs to another vault."));
    if (auto st = AtomicFile::write(headerPath(m_dir), header.serialize()); !st)
        return st;
    m_header = std::move(header);
    return {};
}

Result<std::unique_ptr<Database>> Vault::openConnection() const {
    if (isLocked())
        return fail(ErrorCode::Locked, QStringLiteral("The vault is locked."));
    return Database::open(databasePath(m_dir), m_dataKey, m_header.cipherSettings(), false);
}

void Vault::lock() {
    m_db->close();
    m_dataKey.clear();
}

} // namespace selftrack::core
