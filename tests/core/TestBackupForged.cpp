// SPDX-License-Identifier: GPL-3.0-or-later
// Backups that authenticate (made with the right passphrase) but whose content is not what a
// SelfTrack of this version can restore: the reader must still refuse them and write nothing.
#include "BackupTestSupport.h"
#include "core/backup/BackupChunkWriter.h"
#include "core/backup/BackupHeader.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupRestore.h"
#include "core/backup/BackupSnapshot.h"
#include "core/vault/Schema.h"

#include <QtEndian>

using namespace selftrack;
using namespace selftrack::core;
using namespace selftrack::test;

namespace {
// Writes a backup file by hand, following docs/backup-format.md, around a snapshot database.
void writeBackup(const QString& path, const SecureBuffer& passphrase, const SecureBuffer& databaseKey,
                 const QByteArray& manifest, const QByteArray& database) {
    BackupHeader header = BackupHeader::create(cheapKdf(), QDateTime::currentDateTimeUtc(), 4096, QStringLiteral("t"));
    auto key = header.deriveKey(passphrase);
    REQUIRE(key);
    header.setKeyCheck(BackupHeader::keyCheckFor(*key));
    const QByteArray headerBytes = header.serialize();
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(out.write(headerBytes) == headerBytes.size());
    BackupChunkWriter writer(out, key->clone(), headerBytes, 4096);
    char length[4];
    qToBigEndian<std::uint32_t>(static_cast<std::uint32_t>(manifest.size()), length);
    auto bytes = [](const QByteArray& b) {
        return std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(b.constData()),
                                             static_cast<std::size_t>(b.size()));
    };
    REQUIRE(writer.write(databaseKey.span()));
    REQUIRE(writer.write(bytes(QByteArray(length, 4))));
    REQUIRE(writer.write(bytes(manifest)));
    REQUIRE(writer.write(bytes(database)));
    REQUIRE(writer.finish());
}

struct Forge {
    StoreFixture f;
    QString snapshotPath;
    BackupSnapshot snapshot;

    Forge() : snapshotPath(f.tmp.filePath(QStringLiteral("snapshot.db"))) {
        fillVault(f);
        auto taken = BackupSnapshot::take(*f.vault, snapshotPath, {});
        REQUIRE(taken);
        snapshot = std::move(*taken);
    }

    void expectRefused(const BackupManifest& manifest, ErrorCode code, const char* message) {
        const QString path = f.tmp.filePath(QStringLiteral("forged.selftrack-backup"));
        writeBackup(path, pass("pw"), snapshot.key, manifest.toJson(), readAll(snapshotPath));
        const QStringList files = filesUnder(f.tmp.path());
        const QString dir = f.tmp.filePath(QStringLiteral("restored"));
        auto restored = BackupRestore::intoNewVault(path, dir, pass("pw"));
        REQUIRE_FALSE(restored);
        INFO(restored.error().message.toStdString());
        CHECK(restored.error().code == code);
        CHECK(restored.error().message.contains(QString::fromLatin1(message)));
        CHECK(filesUnder(f.tmp.path()) == files);
    }
};
} // namespace

TEST_CASE("a backup written by hand after the documented format restores", "[core][backup]") {
    Forge forge;
    BackupManifest manifest = forge.snapshot.manifest;
    manifest.created = QStringLiteral("2026-03-02T10:00:00Z");
    manifest.appVersion = QStringLiteral("t");
    const QString path = forge.f.tmp.filePath(QStringLiteral("hand.selftrack-backup"));
    writeBackup(path, pass("pw"), forge.snapshot.key, manifest.toJson(), readAll(forge.snapshotPath));
    auto verified = BackupReader::verify(path, pass("pw"));
    REQUIRE(verified);
    CHECK(verified->counts == forge.snapshot.manifest.counts);
    const QString dir = forge.f.tmp.filePath(QStringLiteral("restored"));
    REQUIRE(BackupRestore::intoNewVault(path, dir, pass("pw")));
    auto vault = Vault::open(dir, pass("pw"));
    REQUIRE(vault);
    CHECK(contentDump((*vault)->database()) == contentDump(forge.f.vault->database()));
}

TEST_CASE("an authentic backup whose database disagrees with its manifest is refused", "[core][backup]") {
    Forge forge;
    SECTION("counts") {
        BackupManifest manifest = forge.snapshot.manifest;
        manifest.counts.revisions += 1;
        forge.expectRefused(manifest, ErrorCode::Corrupt, "does not hold what the manifest lists");
    }
    SECTION("length") {
        BackupManifest manifest = forge.snapshot.manifest;
        manifest.databaseBytes -= 1024;
        forge.expectRefused(manifest, ErrorCode::Corrupt, "the manifest says");
    }
    SECTION("a newer database schema") {
        BackupManifest manifest = forge.snapshot.manifest;
        manifest.schemaVersion = Schema::kCurrentVersion + 1;
        forge.expectRefused(manifest, ErrorCode::DatabaseTooNew, "newer SelfTrack");
    }
}
