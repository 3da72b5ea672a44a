// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupReader.h"

#include "core/backup/BackupChunkReader.h"
#include "core/backup/DurableFile.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>

namespace selftrack::core {

namespace {
constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kLengthBytes = 4;
constexpr std::uint32_t kMaxManifest = 1024 * 1024;

std::unexpected<Error> corrupt(const QString& why) {
    return fail(ErrorCode::Corrupt, QStringLiteral("The backup is damaged: %1.").arg(why));
}

// Splits the decrypted stream: database key, manifest length, manifest, then the database bytes.
class PayloadSplitter {
public:
    explicit PayloadSplitter(QFile* databaseOut) : m_out(databaseOut) {}

    Status feed(const SecureBuffer& chunk) {
        std::span<const std::uint8_t> rest = chunk.span();
        while (!m_prefixDone && !rest.empty()) {
            const std::size_t take = std::min(rest.size(), prefixWanted() - m_prefix.size());
            m_prefix.append(rest.data(), take);
            rest = rest.subspan(take);
            if (m_prefix.size() == kKeyBytes + kLengthBytes &&
                (manifestLength() == 0 || manifestLength() > kMaxManifest))
                return corrupt(QStringLiteral("the manifest length is out of range"));
            if (m_prefix.size() > kKeyBytes + kLengthBytes && m_prefix.size() == prefixWanted()) {
                if (auto st = finishPrefix(); !st)
                    return st;
            }
        }
        if (!rest.empty()) {
            m_databaseBytes += static_cast<qint64>(rest.size());
            // The database bytes are SQLCipher pages, encrypted with the database key.
            if (m_out) {
                const auto raw = QByteArray::fromRawData(reinterpret_cast<const char*>(rest.data()),
                                                         static_cast<qsizetype>(rest.size()));
                if (auto st = DurableFile::write(*m_out, raw); !st)
                    return st;
            }
        }
        return {};
    }

    Result<BackupReader::Contents> finish() {
        if (!m_prefixDone)
            return corrupt(QStringLiteral("the content ends before the manifest"));
        if (m_databaseBytes != m_contents.manifest.databaseBytes)
            return corrupt(QStringLiteral("the database has %1 bytes, the manifest says %2")
                               .arg(m_databaseBytes)
                               .arg(m_contents.manifest.databaseBytes));
        return std::move(m_contents);
    }

private:
    std::uint32_t manifestLength() const { return qFromBigEndian<std::uint32_t>(m_prefix.data() + kKeyBytes); }
    std::size_t prefixWanted() const {
        return m_prefix.size() < kKeyBytes + kLengthBytes ? kKeyBytes + kLengthBytes
                                                          : kKeyBytes + kLengthBytes + manifestLength();
    }
    Status finishPrefix() {
        const auto* manifestStart = reinterpret_cast<const char*>(m_prefix.data() + kKeyBytes + kLengthBytes);
        auto manifest = BackupManifest::fromJson(QByteArray(manifestStart, manifestLength()));
        if (!manifest)
            return std::unexpected(manifest.error());
        m_contents.manifest = std::move(*manifest);
        m_contents.databaseKey = SecureBuffer(m_prefix.data(), kKeyBytes);
        m_prefix.clear();
        m_prefixDone = true;
        return {};
    }

    QFile* m_out;
    SecureBuffer m_prefix;
    bool m_prefixDone = false;
    qint64 m_databaseBytes = 0;
    BackupReader::Contents m_contents;
};
} // namespace

Result<std::unique_ptr<BackupReader>> BackupReader::open(const QString& path) {
    std::unique_ptr<BackupReader> reader(new BackupReader(path));
    if (!reader->m_file.exists())
        return fail(ErrorCode::NotFound,
                    QStringLiteral("There is no backup file at %1.").arg(QDir::toNativeSeparators(path)));
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::Io,
            QStringLiteral("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), reader->m_file.errorString()));
    const QByteArray start = reader->m_file.read(BackupHeader::kMaxFrameSize);
    auto header = BackupHeader::parse(start);
    if (!header)
        return std::unexpected(header.error());
    reader->m_header = *header;
    reader->m_headerBytes = start.left(header->size());
    reader->m_file.seek(header->size());
    return reader;
}

Status BackupReader::unlock(const SecureBuffer& passphrase) {
    auto key = m_header.deriveKey(passphrase);
    if (!key)
        return std::unexpected(key.error());
    return unlockWithKey(std::move(*key));
}

Status BackupReader::unlockWithKey(SecureBuffer fileKey) {
    // The header's checksum passed, so a key check that differs means another passphrase.
    if (!m_header.keyMatches(fileKey))
        return fail(ErrorCode::WrongPassphrase, QStringLiteral("The backup passphrase is wrong."));
    m_key = std::move(fileKey);
    return {};
}

Result<BackupReader::Contents> BackupReader::readAll(QFile* databaseOut, const BackupProgress& progress) {
    if (m_key.empty())
        return fail(ErrorCode::Locked, QStringLiteral("The backup is not unlocked."));
    BackupChunkReader chunks(m_file, m_key.clone(), m_headerBytes, m_header.chunkSize());
    PayloadSplitter splitter(databaseOut);
    const qint64 total = m_file.size();
    while (!chunks.atEnd()) {
        auto chunk = chunks.next();
        if (!chunk)
            return std::unexpected(chunk.error());
        if (auto st = splitter.feed(*chunk); !st)
            return std::unexpected(st.error());
        if (progress)
            progress(BackupPhase::Decrypt, chunks.bytesRead(), total);
    }
    return splitter.finish();
}

Result<BackupManifest> BackupReader::verify(const QString& path, const SecureBuffer& passphrase,
                                            const BackupProgress& progress) {
    auto reader = open(path);
    if (!reader)
        return std::unexpected(reader.error());
    if (auto st = (*reader)->unlock(passphrase); !st)
        return std::unexpected(st.error());
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(ErrorCode::Io, QStringLiteral("Cannot create a temporary folder: %1.").arg(scratch.errorString()));
    const QString databasePath = scratch.filePath(QStringLiteral("check.db"));
    QFile database(databasePath);
    if (!database.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("Cannot create %1: %2.").arg(databasePath, database.errorString()));
    auto contents = (*reader)->readAll(&database, progress);
    if (!contents)
        return std::unexpected(contents.error());
    database.close();
    if (progress)
        progress(BackupPhase::Check, 0, 1);
    if (auto st = checkDatabase(databasePath, *contents); !st)
        return std::unexpected(st.error());
    if (progress)
        progress(BackupPhase::Check, 1, 1);
    return contents->manifest;
}

Status BackupReader::checkDatabase(const QString& path, const Contents& contents) {
    auto db = Database::open(path, contents.databaseKey, contents.manifest.cipher, false);
    if (!db)
        return corrupt(QStringLiteral("its database does not open (%1)").arg(db.error().message));
    auto check = (*db)->prepare("PRAGMA quick_check;");
    if (!check)
        return std::unexpected(check.error());
    auto row = check->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || check->text(0) != QLatin1String("ok"))
        return corrupt(QStringLiteral("its database failed SQLite's integrity check"));
    auto counts = BackupCounts::of(**db);
    if (!counts)
        return std::unexpected(counts.error());
    if (!(*counts == contents.manifest.counts))
        return corrupt(QStringLiteral("its database does not hold what the manifest lists"));
    return {};
}

} // namespace selftrack::core
