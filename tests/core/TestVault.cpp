// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "core/vault/Schema.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::cheapKdf;
using selftrack::test::pass;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Snapshot of every file in the folder, to prove that a failed open wrote nothing.
QMap<QString, QByteArray> snapshot(const QString& dir) {
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(QDir::Files))
        files.insert(name, readAll(QDir(dir).filePath(name)));
    return files;
}
} // namespace

TEST_CASE("a new vault opens with its passphrase and keeps data", "[core][vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    {
        auto vault = Vault::create(dir, pass("secret one"), cheapKdf());
        REQUIRE(vault);
        REQUIRE((*vault)->database().exec("INSERT INTO settings VALUES('k', 'v');"));
    }
    auto vault = Vault::open(dir, pass("secret one"));
    REQUIRE(vault);
    CHECK((*vault)->database().queryInt("SELECT count(*) FROM settings WHERE key = 'k';").value() == 1);
    CHECK((*vault)->database().queryInt("PRAGMA foreign_keys;").value() == 1);
    CHECK((*vault)->database().queryInt("PRAGMA synchronous;").value() == 2);
    CHECK((*vault)->database().queryInt("PRAGMA secure_delete;").value() == 1);
    CHECK((*vault)->database().queryInt("PRAGMA user_version;").value() == Schema::kCurrentVersion);
    // The file is encrypted: no plain SQLite header.
    CHECK_FALSE(readAll(QDir(dir).filePath(QStringLiteral("selftrack.db"))).startsWith("SQLite format 3"));
}

TEST_CASE("the default KDF parameters meet the documented minimum", "[core][vault]") {
    const Argon2Params defaults;
    CHECK(defaults.memoryKiB >= 64 * 1024);
    CHECK(defaults.iterations >= 3);
}

TEST_CASE("opening fails with distinct errors and writes nothing", "[core][vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    REQUIRE(Vault::create(dir, pass("right"), cheapKdf()));
    const auto before = snapshot(dir);

    SECTION("wrong passphrase") {
        auto vault = Vault::open(dir, pass("wrong"));
        REQUIRE_FALSE(vault);
        CHECK(vault.error().code == ErrorCode::WrongPassphrase);
    }
    SECTION("missing vault") {
        auto vault = Vault::open(tmp.filePath(QStringLiteral("nothing-here")), pass("right"));
        REQUIRE_FALSE(vault);
        CHECK(vault.error().code == ErrorCode::VaultMissing);
    }
    SECTION("damaged header") {
        writeAll(QDir(dir).filePath(QStringLiteral("vault.json")), "{ not json");
        auto vault = Vault::open(dir, pass("right"));
        REQUIRE_FALSE(vault);
        CHECK(vault.error().code == ErrorCode::HeaderDamaged);
    }
    SECTION("header of an unknown version") {
        QByteArray header = before.value(QStringLiteral("vault.json"));
        header.replace("\"version\": 1", "\"version\": 7");
        writeAll(QDir(dir).filePath(QStringLiteral("vault.json")), header);
        auto vault = Vault::open(dir, pass("right"));
        REQUIRE_FALSE(vault);
        CHECK(vault.error().code == ErrorCode::HeaderUnknownVersion);
    }
    SECTION("a database file that is not ours") {
        writeAll(QDir(dir).filePath(QStringLiteral("selftrack.db")), QByteArray(8192, 'x'));
        auto vault = Vault::open(dir, pass("right"));
        REQUIRE_FALSE(vault);
        CHECK(vault.error().code == ErrorCode::NotOurDatabase);
    }
    SECTION("a database from another vault") {
        const QString other = tmp.filePath(QStringLiteral("other"));
        REQUIRE(Vault::create(other, pass("right"), cheapKdf()));
        QFile::remove(QDir(dir).filePath(QStringLiteral("selftrack.db")));
        QFile::copy(QDir(other).filePath(QStringLiteral("selftrack.db")),
                    QDir(dir).filePath(QStringLiteral("selftrack.db")));
        auto vault = Vault::open(dir, pass("right"));
        REQUIRE_FALSE(vault);
        CHECK(vault.error().code == ErrorCode::NotOurDatabase);
    }
    const auto after = snapshot(dir);
    if (before.keys() == after.keys()) {
        // Nothing the failing open touched changed (a test may have replaced a file itself).
        for (const QString& name : after.keys())
            if (name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")))
                CHECK(after.value(name).size() == before.value(name).size());
    }
    CHECK_FALSE(QDir(tmp.filePath(QStringLiteral("nothing-here"))).exists());
}

TEST_CASE("a newer database schema is refused without writing", "[core][vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    {
        auto vault = Vault::create(dir, pass("pw"), cheapKdf());
        REQUIRE(vault);
        REQUIRE((*vault)->database().exec("PRAGMA user_version = 99;"));
    }
    const QByteArray dbBefore = readAll(QDir(dir).filePath(QStringLiteral("selftrack.db")));
    auto vault = Vault::open(dir, pass("pw"));
    REQUIRE_FALSE(vault);
    CHECK(vault.error().code == ErrorCode::DatabaseTooNew);
    CHECK(readAll(QDir(dir).filePath(QStringLiteral("selftrack.db"))) == dbBefore);
}

TEST_CASE("creating over an existing folder is refused", "[core][vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    REQUIRE(Vault::create(dir, pass("pw"), cheapKdf()));
    const QByteArray header = readAll(QDir(dir).filePath(QStringLiteral("vault.json")));
    auto again = Vault::create(dir, pass("other"), cheapKdf());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::VaultExists);
    CHECK(readAll(QDir(dir).filePath(QStringLiteral("vault.json"))) == header);
}

TEST_CASE("changing the passphrase re-wraps the key and keeps the data", "[core][vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    const QByteArray dbBefore = [&] {
        auto vault = Vault::create(dir, pass("old"), cheapKdf());
        REQUIRE(vault);
        REQUIRE((*vault)->database().exec("INSERT INTO settings VALUES('k', 'v');"));
        (*vault)->lock();
        return readAll(QDir(dir).filePath(QStringLiteral("selftrack.db")));
    }();
    {
        auto vault = Vault::open(dir, pass("old"));
        REQUIRE(vault);
        auto wrong = (*vault)->changePassphrase(pass("not the old one"), pass("new"));
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
        REQUIRE((*vault)->changePassphrase(pass("old"), pass("new")));
        (*vault)->lock();
        CHECK((*vault)->isLocked());
    }
    CHECK(Vault::open(dir, pass("old")).error().code == ErrorCode::WrongPassphrase);
    auto reopened = Vault::open(dir, pass("new"));
    REQUIRE(reopened);
    CHECK((*reopened)->database().queryInt("SELECT count(*) FROM settings;").value() == 1);
    CHECK_FALSE(QFile::exists(QDir(dir).filePath(QStringLiteral("vault.json.tmp"))));
}

TEST_CASE("migrations run from every older version", "[core][vault]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    {
        auto vault = Vault::create(dir, pass("pw"), cheapKdf());
        REQUIRE(vault);
    }
    for (int from = 0; from < Schema::kCurrentVersion; ++from) {
        QTemporaryDir scratch;
        auto db =
            Database::open(scratch.filePath(QStringLiteral("m.db")), selftrack::core::crypto::randomKey(), {}, true);
        REQUIRE(db);
        REQUIRE(Schema::migrate(**db, 0, from));
        char sql[64];
        std::snprintf(sql, sizeof sql, "PRAGMA application_id = %d;", Schema::kApplicationId);
        REQUIRE((*db)->exec(sql));
        REQUIRE(Schema::checkAndMigrate(**db));
        CHECK((*db)->queryInt("PRAGMA user_version;").value() == Schema::kCurrentVersion);
        CHECK((*db)->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'revisions';").value() == 1);
    }
}
