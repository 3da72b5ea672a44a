// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupTestSupport.h"
#include "core/backup/BackupChunkWriter.h"
#include "core/backup/BackupHeader.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupRestore.h"
#include "core/vault/Schema.h"

using namespace selftrack;
using namespace selftrack::core;
using namespace selftrack::test;

TEST_CASE("backup then restore gives back every goal, record and revision", "[core][backup]") {
    StoreFixture f;
    fillVault(f, 300);
    const QStringList before = contentDump(f.vault->database());
    const QString backupPath = f.tmp.filePath(QStringLiteral("vault.selftrack-backup"));
    std::vector<BackupPhase> phases;
    auto manifest = BackupWriter::create(*f.vault, backupPath, pass("backup pw"), cheapBackup(),
                                         [&](BackupPhase phase, std::int64_t done, std::int64_t total) {
                                             CHECK(done <= total);
                                             if (phases.empty() || phases.back() != phase)
                                                 phases.push_back(phase);
                                         });
    REQUIRE(manifest);
    CHECK(phases == std::vector{BackupPhase::Snapshot, BackupPhase::Encrypt, BackupPhase::Verify});
    CHECK(manifest->counts.goals == 2);
    CHECK(manifest->counts.milestones == 1);
    CHECK(manifest->counts.categories == 1);
    CHECK(manifest->counts.records == 40);
    CHECK(manifest->counts.entries == 301);
    CHECK(manifest->counts.trashed == 2);
    CHECK(manifest->counts.revisions == f.vault->database().queryInt("SELECT count(*) FROM revisions").value());
    CHECK(manifest->deviceId == f.vault->deviceId());
    CHECK(manifest->schemaVersion == Schema::kCurrentVersion);
    CHECK(manifest->created == QStringLiteral("2026-03-02T10:00:00Z"));
    // Only the backup is left in the folder: the snapshot and the temporary file are gone.
    CHECK(filesUnder(f.tmp.path()).filter(QStringLiteral("selftrack-backup")) ==
          QStringList{QStringLiteral("vault.selftrack-backup")});

    auto verified = BackupReader::verify(backupPath, pass("backup pw"));
    REQUIRE(verified);
    CHECK(verified->counts == manifest->counts);

    const QString restoredDir = f.tmp.filePath(QStringLiteral("restored"));
    auto restored = BackupRestore::intoNewVault(backupPath, restoredDir, pass("backup pw"));
    REQUIRE(restored);
    auto vault = Vault::open(restoredDir, pass("backup pw"));
    REQUIRE(vault);
    CHECK((*vault)->deviceId() == f.vault->deviceId());
    CHECK(contentDump((*vault)->database()) == before);
    // Through the store too: the history of an edited item is all there.
    ContentStore store((*vault)->database(), (*vault)->deviceId());
    auto goals = store.goals(true);
    REQUIRE(goals);
    REQUIRE(goals->size() == 2);
    for (const Goal& goal : *goals) {
        auto history = store.history(goal.id);
        auto original = f.store->history(goal.id);
        REQUIRE(history);
        REQUIRE(original);
        CHECK(history->size() == original->size());
    }
    auto hits = store.searchJournal(QStringLiteral("tired"));
    REQUIRE(hits);
    CHECK(hits->hits.size() == 1);
}

TEST_CASE("the backup has its own passphrase and the restored vault takes it", "[core][backup]") {
    StoreFixture f;
    fillVault(f);
    const QString path = f.tmp.filePath(QStringLiteral("b.selftrack-backup"));
    REQUIRE(BackupWriter::create(*f.vault, path, pass("other"), cheapBackup()));
    auto wrong = BackupReader::verify(path, pass("pw"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
    CHECK(wrong.error().message == QStringLiteral("The backup passphrase is wrong."));
    const QString dir = f.tmp.filePath(QStringLiteral("r"));
    auto failed = BackupRestore::intoNewVault(path, dir, pass("pw"));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::WrongPassphrase);
    CHECK_FALSE(QFileInfo::exists(dir));
    REQUIRE(BackupRestore::intoNewVault(path, dir, pass("other")));
    CHECK(Vault::open(dir, pass("other")));
    CHECK(Vault::open(dir, pass("pw")).error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("a failed backup keeps the previous file at the path and leaves nothing behind", "[core][backup]") {
    StoreFixture f;
    fillVault(f);
    const QString path = f.tmp.filePath(QStringLiteral("b.selftrack-backup"));
    REQUIRE(BackupWriter::create(*f.vault, path, pass("pw"), cheapBackup()));
    const QByteArray previous = readAll(path);
    const QStringList files = filesUnder(f.tmp.path());

    SECTION("an empty passphrase") {
        auto result = BackupWriter::create(*f.vault, path, pass(""), cheapBackup());
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::InvalidInput);
    }
    SECTION("a locked vault") {
        f.store.reset();
        f.vault->lock();
        auto result = BackupWriter::create(*f.vault, path, pass("pw"), cheapBackup());
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::Locked);
    }
    SECTION("a destination that is a folder") {
        auto result = BackupWriter::create(*f.vault, f.tmp.path(), pass("pw"), cheapBackup());
        REQUIRE_FALSE(result);
        CHECK(result.error().message.contains(QStringLiteral("is a folder")));
    }
    CHECK(readAll(path) == previous);
    CHECK(filesUnder(f.tmp.path()) == files);
}

TEST_CASE("a destination that cannot be written fails clearly and writes nothing", "[core][backup]") {
    StoreFixture f;
    fillVault(f);
    // A missing folder, and a "folder" that is a file (ENOTDIR; chmod would not stop root).
    writeAll(f.tmp.filePath(QStringLiteral("plain-file")), "x");
    const QStringList files = filesUnder(f.tmp.path());
    for (const QString& path : {f.tmp.filePath(QStringLiteral("missing/b.selftrack-backup")),
                                f.tmp.filePath(QStringLiteral("plain-file/b.selftrack-backup"))}) {
        auto result = BackupWriter::create(*f.vault, path, pass("pw"), cheapBackup());
        INFO(path.toStdString());
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::Io);
        CHECK(result.error().message.contains(QStringLiteral("Cannot write")));
    }
    CHECK(filesUnder(f.tmp.path()) == files);
}

TEST_CASE("the chunk writer reports a full disk", "[core][backup]") {
    QFile full(QStringLiteral("/dev/full"));
    REQUIRE(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    BackupChunkWriter writer(full, crypto::randomKey(), QByteArray("header"), 1024);
    const QByteArray data(4096, 'x');
    auto st = writer.write({reinterpret_cast<const std::uint8_t*>(data.constData()), 4096});
    REQUIRE_FALSE(st);
    CHECK(st.error().code == ErrorCode::Io);
    CHECK(st.error().message.contains(QStringLiteral("No space left")));
}

TEST_CASE("restore refuses a folder that is not empty and writes nothing", "[core][backup]") {
    StoreFixture f;
    fillVault(f);
    const QString path = f.tmp.filePath(QStringLiteral("b.selftrack-backup"));
    REQUIRE(BackupWriter::create(*f.vault, path, pass("pw"), cheapBackup()));
    const QStringList files = filesUnder(f.tmp.path());
    auto result = BackupRestore::intoNewVault(path, f.vault->directory(), pass("pw"));
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::VaultExists);
    auto missingParent = BackupRestore::intoNewVault(path, f.tmp.filePath(QStringLiteral("no/such/dir")), pass("pw"));
    REQUIRE_FALSE(missingParent);
    CHECK(missingParent.error().code == ErrorCode::Io);
    CHECK(filesUnder(f.tmp.path()) == files);
    // An existing empty folder is fine.
    QDir().mkpath(f.tmp.filePath(QStringLiteral("empty")));
    CHECK(BackupRestore::intoNewVault(path, f.tmp.filePath(QStringLiteral("empty")), pass("pw")));
}

TEST_CASE("replacing a vault keeps the previous one until the restored one opened", "[core][backup]") {
    StoreFixture f;
    fillVault(f);
    const QString path = f.tmp.filePath(QStringLiteral("b.selftrack-backup"));
    REQUIRE(BackupWriter::create(*f.vault, path, pass("pw"), cheapBackup()));
    const QStringList atBackup = contentDump(f.vault->database());
    REQUIRE(f.store->addRecord(StoreFixture::entry(QStringLiteral("written after the backup"))));
    const QStringList later = contentDump(f.vault->database());
    const QString dir = f.vault->directory();
    f.store.reset();
    f.vault.reset();

    const Clock clock = fixedClock(QDateTime(QDate(2026, 3, 5), QTime(8, 30), Qt::UTC));
    SECTION("success: the backup's content at the vault's path, the old vault kept beside it") {
        auto replaced = BackupRestore::replaceVault(path, dir, pass("pw"), clock);
        REQUIRE(replaced);
        CHECK(replaced->previousVault == dir + QStringLiteral(".before-restore-20260305-083000"));
        auto vault = Vault::open(dir, pass("pw"));
        REQUIRE(vault);
        CHECK(contentDump((*vault)->database()) == atBackup);
        auto previous = Vault::open(replaced->previousVault, pass("pw"));
        REQUIRE(previous);
        CHECK(contentDump((*previous)->database()) == later);
    }
    SECTION("a wrong passphrase changes nothing") {
        const QStringList files = filesUnder(f.tmp.path());
        auto replaced = BackupRestore::replaceVault(path, dir, pass("nope"), clock);
        REQUIRE_FALSE(replaced);
        CHECK(replaced.error().code == ErrorCode::WrongPassphrase);
        CHECK(filesUnder(f.tmp.path()) == files);
        auto vault = Vault::open(dir, pass("pw"));
        REQUIRE(vault);
        CHECK(contentDump((*vault)->database()) == later);
    }
}

TEST_CASE("a backup taken while another connection writes is a consistent snapshot", "[core][backup]") {
    StoreFixture f;
    fillVault(f, 4000);
    // A second writer on the same vault file, as the desktop app would be beside the CLI.
    auto other = Vault::open(f.vault->directory(), pass("pw"));
    REQUIRE(other);
    ContentStore writer((*other)->database(), (*other)->deviceId());
    auto goal = writer.addGoal(StoreFixture::goal(QStringLiteral("Written during the backup")));
    REQUIRE(goal);
    int written = 0;
    bool wroteDuringSnapshot = false;
    const QString path = f.tmp.filePath(QStringLiteral("b.selftrack-backup"));
    const std::int64_t revisionsBefore = f.vault->database().queryInt("SELECT count(*) FROM revisions").value();
    // Small steps: the progress callback runs between page batches of the snapshot, so the other
    // connection commits while the snapshot is being copied.
    auto manifest = BackupWriter::create(
        *f.vault, path, pass("pw"), cheapBackup(), [&](BackupPhase phase, std::int64_t done, std::int64_t total) {
            if (phase != BackupPhase::Snapshot || done == total)
                return;
            REQUIRE(writer.addRecord(StoreFixture::checkIn(goal->id, QDate(2026, 1, 1).addDays(written))));
            ++written;
            wroteDuringSnapshot = true;
        });
    REQUIRE(manifest);
    // The vault is big enough for several page batches.
    CHECK(wroteDuringSnapshot);
    CHECK(manifest->counts.revisions == revisionsBefore);
    const QString dir = f.tmp.filePath(QStringLiteral("r"));
    REQUIRE(BackupRestore::intoNewVault(path, dir, pass("pw")));
    auto restored = Vault::open(dir, pass("pw"));
    REQUIRE(restored);
    CHECK((*restored)->database().queryInt("SELECT count(*) FROM revisions").value() == revisionsBefore);
    CHECK((*restored)->database().queryInt("PRAGMA integrity_check").has_value());
    // The writes went to the live vault.
    CHECK(f.vault->database().queryInt("SELECT count(*) FROM revisions").value() == revisionsBefore + written);
}
