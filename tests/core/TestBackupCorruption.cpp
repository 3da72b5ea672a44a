// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupTestSupport.h"
#include "core/backup/BackupHeader.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupRestore.h"

#include <QtEndian>

using namespace selftrack;
using namespace selftrack::core;
using namespace selftrack::test;

namespace {
// A backup of a filled vault in small chunks (so the file has many of them), and its bytes.
struct BackupFixture {
    StoreFixture f;
    QString path;
    QByteArray bytes;

    BackupFixture() : path(f.tmp.filePath(QStringLiteral("good.selftrack-backup"))) {
        fillVault(f, 200);
        REQUIRE(BackupWriter::create(*f.vault, path, pass("pw"), cheapBackup(4096)));
        bytes = readAll(path);
    }

    // Verifying and restoring the damaged copy both fail with `code`, and the restore writes nothing.
    void expectRejected(const QByteArray& damaged, const QString& label, std::initializer_list<ErrorCode> codes) {
        const QString copy = f.tmp.filePath(QStringLiteral("damaged.selftrack-backup"));
        writeAll(copy, damaged);
        const QStringList files = filesUnder(f.tmp.path());
        INFO(label.toStdString());
        auto verified = BackupReader::verify(copy, pass("pw"));
        REQUIRE_FALSE(verified);
        INFO(verified.error().message.toStdString());
        CHECK(std::find(codes.begin(), codes.end(), verified.error().code) != codes.end());
        CHECK_FALSE(verified.error().message.isEmpty());
        const QString dir = f.tmp.filePath(QStringLiteral("restored"));
        auto restored = BackupRestore::intoNewVault(copy, dir, pass("pw"));
        REQUIRE_FALSE(restored);
        CHECK(restored.error().code == verified.error().code);
        CHECK(filesUnder(f.tmp.path()) == files);
    }
};
} // namespace

TEST_CASE("one flipped byte anywhere in a backup is detected and nothing is restored", "[core][backup][corruption]") {
    BackupFixture b;
    const auto size = b.bytes.size();
    REQUIRE(size > 20 * 4096 / 2);                                     // the positions below spread over many chunks
    QList<qsizetype> positions{0, 15, 16, 17, 20, 33, 50, 60, 70, 80}; // the header's fields
    for (int i = 1; i <= 10; ++i)
        positions.append(size * i / 11); // spread over the chunks
    positions.last() = size - 1;         // the last byte of the final tag
    REQUIRE(positions.size() == 20);
    for (const qsizetype at : positions) {
        QByteArray damaged = b.bytes;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x01);
        b.expectRejected(damaged, QStringLiteral("byte %1 of %2 flipped").arg(at).arg(size),
                         {ErrorCode::HeaderDamaged, ErrorCode::Corrupt});
    }
}

TEST_CASE("a truncated backup is detected and nothing is restored", "[core][backup][corruption]") {
    BackupFixture b;
    const auto size = b.bytes.size();
    const auto header = BackupHeader::parse(b.bytes)->size();
    const qsizetype chunk = 4096 + 16;
    // Empty, inside the header, right after it, at chunk boundaries, inside a chunk, one byte short.
    for (const qsizetype length :
         {qsizetype(0), qsizetype(10), qsizetype(header), qsizetype(header + 5), qsizetype(header + chunk),
          qsizetype(header + 2 * chunk), qsizetype(header + 3 * chunk + 100), size / 2, size - 16, size - 1}) {
        b.expectRejected(b.bytes.left(length), QStringLiteral("truncated to %1 of %2 bytes").arg(length).arg(size),
                         {ErrorCode::HeaderDamaged, ErrorCode::Corrupt});
    }
}

TEST_CASE("appended, removed, swapped or repeated chunks are detected", "[core][backup][corruption]") {
    BackupFixture b;
    const auto header = BackupHeader::parse(b.bytes)->size();
    const qsizetype chunk = 4096 + 16;
    const QByteArray first = b.bytes.mid(header, chunk);
    const QByteArray second = b.bytes.mid(header + chunk, chunk);
    b.expectRejected(b.bytes + QByteArray(1, '\0'), QStringLiteral("one byte appended"), {ErrorCode::Corrupt});
    b.expectRejected(b.bytes + b.bytes.right(chunk), QStringLiteral("last chunk repeated"), {ErrorCode::Corrupt});
    QByteArray swapped = b.bytes;
    swapped.replace(header, chunk, second);
    swapped.replace(header + chunk, chunk, first);
    b.expectRejected(swapped, QStringLiteral("first two chunks swapped"), {ErrorCode::Corrupt});
    QByteArray removed = b.bytes;
    removed.remove(header + chunk, chunk);
    b.expectRejected(removed, QStringLiteral("second chunk removed"), {ErrorCode::Corrupt});
}

TEST_CASE("a backup from a newer format version is refused as such", "[core][backup]") {
    BackupFixture b;
    QByteArray newer = b.bytes;
    qToBigEndian<std::uint16_t>(2, newer.data() + 16);
    // A newer writer keeps the frame: its header checksum matches.
    const auto length = qFromBigEndian<std::uint16_t>(newer.constData() + 18);
    newer.replace(length - 8, 8, crypto::sha256(newer.left(length - 8)).left(8));
    b.expectRejected(newer, QStringLiteral("format version 2"), {ErrorCode::HeaderUnknownVersion});
    auto parsed = BackupHeader::parse(newer);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().message.contains(QStringLiteral("newer SelfTrack")));
}

TEST_CASE("the header parser accepts what it wrote and rejects the rest", "[core][backup]") {
    BackupHeader header = BackupHeader::create(cheapKdf(), QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC),
                                               BackupHeader::kDefaultChunkSize, QStringLiteral("0.1.0"));
    const QByteArray bytes = header.serialize();
    REQUIRE(bytes.size() == header.size());
    auto parsed = BackupHeader::parse(bytes + QByteArray("trailing chunk bytes"));
    REQUIRE(parsed);
    CHECK(parsed->serialize() == bytes);
    CHECK(parsed->appVersion() == QStringLiteral("0.1.0"));
    CHECK(parsed->created() == QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    CHECK(parsed->chunkSize() == BackupHeader::kDefaultChunkSize);
    CHECK(parsed->kdfParams().memoryKiB == cheapKdf().memoryKiB);

    CHECK(BackupHeader::parse(QByteArray("not a backup at all, just some text")).error().code ==
          ErrorCode::HeaderDamaged);
    CHECK(BackupHeader::parse(bytes.left(40)).error().message.contains(QStringLiteral("truncated")));
    // Values out of range are refused even with a matching checksum.
    BackupHeader huge = BackupHeader::create(Argon2Params{4u * 1024 * 1024, 3, 1}, QDateTime::currentDateTimeUtc(),
                                             BackupHeader::kDefaultChunkSize, QStringLiteral("x"));
    CHECK(BackupHeader::parse(huge.serialize()).error().message.contains(QStringLiteral("out of range")));
    BackupHeader tiny = BackupHeader::create(cheapKdf(), QDateTime::currentDateTimeUtc(), 16, QStringLiteral("x"));
    CHECK(BackupHeader::parse(tiny.serialize()).error().message.contains(QStringLiteral("chunk size")));
}
