// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/VaultHeader.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace selftrack::core {

namespace {
constexpr auto kFormatName = "selftrack-vault";
const QByteArray kWrapAad("selftrack:vault:dk:v1");

std::unexpected<Error> damaged(const QString& why) {
    return fail(ErrorCode::HeaderDamaged, QStringLiteral("The vault header (vault.json) is damaged: %1.").arg(why));
}

QByteArray fromBase64Strict(const QJsonValue& value, bool* ok) {
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    *ok = *ok && value.isString() && decoded;
    return decoded ? *decoded : QByteArray();
}
} // namespace

Result<VaultHeader> VaultHeader::create(const SecureBuffer& passphrase, const SecureBuffer& dataKey,
                                        const Argon2Params& params, const QString& deviceId,
                                        const CipherSettings& cipher) {
    VaultHeader header;
    header.m_params = params;
    header.m_cipher = cipher;
    header.m_deviceId = deviceId;
    header.m_created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return header.rewrapped(passphrase, dataKey);
}

Result<VaultHeader> VaultHeader::rewrapped(const SecureBuffer& newPassphrase, const SecureBuffer& dataKey) const {
    VaultHeader header = *this;
    header.m_salt = crypto::randomBytes(16);
    header.m_nonce = crypto::randomBytes(crypto::kNonceSize);
    auto kek = crypto::argon2id(newPassphrase, header.m_salt, header.m_params);
    if (!kek)
        return std::unexpected(kek.error());
    auto wrapped = crypto::seal(*kek, header.m_nonce, dataKey.span(), kWrapAad);
    if (!wrapped)
        return std::unexpected(wrapped.error());
    header.m_wrappedKey = *wrapped;
    return header;
}

Result<SecureBuffer> VaultHeader::unwrap(const SecureBuffer& passphrase) const {
    auto kek = crypto::argon2id(passphrase, m_salt, m_params);
    if (!kek)
        return std::unexpected(kek.error());
    auto key = crypto::open(*kek, m_nonce, m_wrappedKey, kWrapAad);
    if (!key)
        return fail(ErrorCode::WrongPassphrase, QStringLiteral("The passphrase is wrong."));
    if (key->size() != crypto::kKeySize)
        return damaged(QStringLiteral("the data key has the wrong size"));
    return key;
}

QByteArray VaultHeader::serialize() const {
    QJsonObject kdf{{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                    {QStringLiteral("memory_kib"), static_cast<qint64>(m_params.memoryKiB)},
                    {QStringLiteral("iterations"), static_cast<qint64>(m_params.iterations)},
                    {QStringLiteral("parallelism"), static_cast<qint64>(m_params.parallelism)},
                    {QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64())}};
    QJsonObject key{{QStringLiteral("algorithm"), QStringLiteral("aes-256-gcm")},
                    {QStringLiteral("nonce"), QString::fromLatin1(m_nonce.toBase64())},
                    {QStringLiteral("wrapped"), QString::fromLatin1(m_wrappedKey.toBase64())}};
    QJsonObject cipher{{QStringLiteral("compatibility"), m_cipher.compatibility},
                       {QStringLiteral("page_size"), m_cipher.pageSize}};
    QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(kFormatName)},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("device_id"), m_deviceId},
                     {QStringLiteral("created"), m_created},
                     {QStringLiteral("kdf"), kdf},
                     {QStringLiteral("data_key"), key},
                     {QStringLiteral("sqlcipher"), cipher}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<VaultHeader> VaultHeader::parse(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(QStringLiteral("it is not valid JSON"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return damaged(QStringLiteral("it is not a SelfTrack vault header"));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > kFormatVersion)
        return fail(
            ErrorCode::HeaderUnknownVersion,
            QStringLiteral("The vault was written by a newer SelfTrack (format %1); please update.").arg(version));
    if (version < 1)
        return damaged(QStringLiteral("the format version is missing"));

    VaultHeader header;
    const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
    const QJsonObject key = root.value(QStringLiteral("data_key")).toObject();
    const QJsonObject cipher = root.value(QStringLiteral("sqlcipher")).toObject();
    bool ok = kdf.value(QStringLiteral("algorithm")).toString() == QLatin1String("argon2id") &&
              key.value(QStringLiteral("algorithm")).toString() == QLatin1String("aes-256-gcm");
    header.m_params.memoryKiB = static_cast<std::uint32_t>(kdf.value(QStringLiteral("memory_kib")).toInteger(0));
    header.m_params.iterations = static_cast<std::uint32_t>(kdf.value(QStringLiteral("iterations")).toInteger(0));
    header.m_params.parallelism = static_cast<std::uint32_t>(kdf.value(QStringLiteral("parallelism")).toInteger(0));
    header.m_salt = fromBase64Strict(kdf.value(QStringLiteral("salt")), &ok);
    header.m_nonce = fromBase64Strict(key.value(QStringLiteral("nonce")), &ok);
    header.m_wrappedKey = fromBase64Strict(key.value(QStringLiteral("wrapped")), &ok);
    header.m_deviceId = root.value(QStringLiteral("device_id")).toString();
    header.m_created = root.value(QStringLiteral("created")).toString();
    header.m_cipher.compatibility = cipher.value(QStringLiteral("compatibility")).toInt(3);
    header.m_cipher.pageSize = cipher.value(QStringLiteral("page_size")).toInt(1024);
    if (!ok || header.m_salt.size() < 8 || header.m_nonce.size() != static_cast<qsizetype>(crypto::kNonceSize) ||
        header.m_wrappedKey.size() !=
            static_cast<qsizetype>(crypto::kKeySize) + static_cast<qsizetype>(crypto::kTagSize) ||
        header.m_deviceId.isEmpty() || header.m_params.iterations == 0 || header.m_params.memoryKiB == 0 ||
        header.m_params.parallelism == 0)
        return damaged(QStringLiteral("a required field is missing or malformed"));
    return header;
}

} // namespace selftrack::core
