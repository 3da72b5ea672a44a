// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLoop.h"
#include "TestSupport.h"
#include "core/vault/Schema.h"
#include "core/vault/SettingsStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::cheapKdf;
using selftrack::test::pass;
using selftrack::test::waitFor;

namespace {
const QDateTime kNow(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC); // a Wednesday

VaultSettings changed() {
    VaultSettings s;
    s.autoLockMinutes = 3;
    s.lockOnMinimize = true;
    s.lockOnScreenLock = false;
    s.remindersEnabled = false;
    s.weekStart = Qt::Sunday;
    return s;
}
} // namespace

TEST_CASE("vault settings start at their defaults and survive closing the vault, encrypted", "[core][settings]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    {
        auto vault = Vault::create(dir, pass("right"), cheapKdf());
        REQUIRE(vault);
        SettingsStore store((*vault)->database());
        auto fresh = store.load();
        REQUIRE(fresh);
        CHECK(*fresh == VaultSettings{});
        CHECK(fresh->autoLockMinutes == VaultSettings::kDefaultAutoLockMinutes);
        CHECK(fresh->remindersEnabled);
        CHECK(fresh->lockOnScreenLock); // on unless the user turns it off
        CHECK_FALSE(fresh->weekStart);
        REQUIRE(store.save(changed()));
    }
    auto reopened = Vault::open(dir, pass("right"));
    REQUIRE(reopened);
    auto loaded = SettingsStore((*reopened)->database()).load();
    REQUIRE(loaded);
    CHECK(*loaded == changed());
    (*reopened)->lock();
    // The keys and values are inside the SQLCipher file, never in the clear.
    QFile db(QDir(dir).filePath(QString::fromLatin1(Vault::kDatabaseFile)));
    REQUIRE(db.open(QIODevice::ReadOnly));
    const QByteArray bytes = db.readAll();
    CHECK_FALSE(bytes.contains("week_start"));
    CHECK_FALSE(bytes.contains("sunday"));
}

TEST_CASE("settings out of range are refused and nothing is written", "[core][settings]") {
    QTemporaryDir tmp;
    auto vault = Vault::create(tmp.filePath(QStringLiteral("v")), pass("right"), cheapKdf());
    REQUIRE(vault);
    SettingsStore store((*vault)->database());
    REQUIRE(store.save(changed()));
    for (int minutes : {-1, VaultSettings::kMaxAutoLockMinutes + 1}) {
        VaultSettings bad = changed();
        bad.weekStart = Qt::Monday;
        bad.autoLockMinutes = minutes;
        auto st = store.save(bad);
        REQUIRE_FALSE(st);
        CHECK(st.error().code == ErrorCode::InvalidInput);
        CHECK(st.error().message.contains(QStringLiteral("auto-lock")));
    }
    CHECK(store.load().value() == changed()); // not even the valid week start of the refused save
    VaultSettings longest;
    longest.autoLockMinutes = VaultSettings::kMaxAutoLockMinutes;
    CHECK(store.save(longest));
}

TEST_CASE("a stored value this version cannot read takes its default and keeps the others", "[core][settings]") {
    QTemporaryDir tmp;
    auto vault = Vault::create(tmp.filePath(QStringLiteral("v")), pass("right"), cheapKdf());
    REQUIRE(vault);
    SettingsStore store((*vault)->database());
    REQUIRE(store.save(changed()));
    REQUIRE(store.setValue(QString::fromLatin1(SettingsStore::kAutoLockMinutes), QStringLiteral("soon")));
    REQUIRE(store.setValue(QString::fromLatin1(SettingsStore::kRemindersEnabled), QStringLiteral("maybe")));
    REQUIRE(store.setValue(QStringLiteral("some.future_setting"), QStringLiteral("42")));
    auto loaded = store.load();
    REQUIRE(loaded);
    CHECK(loaded->autoLockMinutes == VaultSettings::kDefaultAutoLockMinutes);
    CHECK(loaded->remindersEnabled);
    CHECK(loaded->lockOnMinimize);
    CHECK(loaded->weekStart == Qt::Sunday);
    // Saving writes only its own keys: a newer version's setting stays.
    REQUIRE(store.save(*loaded));
    CHECK(store.value(QStringLiteral("some.future_setting")).value() == QStringLiteral("42"));
    CHECK(store.value(QStringLiteral("not.there")).value() == std::nullopt);
}

TEST_CASE("settings written by every older schema version are read after the migrations",
          "[core][settings][migration]") {
    for (int version = 1; version < Schema::kCurrentVersion; ++version) {
        INFO("schema version " << version);
        QTemporaryDir tmp;
        auto db = Database::open(tmp.filePath(QStringLiteral("m.db")), SecureBuffer(), {}, true);
        REQUIRE(db);
        REQUIRE(Schema::migrate(**db, 0, version));
        REQUIRE(SettingsStore(**db).save(changed()));
        REQUIRE(Schema::migrate(**db, version, Schema::kCurrentVersion));
        CHECK(SettingsStore(**db).load().value() == changed());
    }
}

TEST_CASE("a session reads the settings at unlock, applies the week start and announces changes",
          "[core][settings][session]") {
    selftrack::test::application();
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    REQUIRE(Vault::create(dir, pass("right"), cheapKdf()));
    VaultSession session(fixedClock(kNow));
    QList<VaultSettings> announced;
    QObject::connect(&session, &VaultSession::settingsChanged, [&](const VaultSettings& s) { announced.append(s); });

    CHECK(session.setSettings(changed()).error().code == ErrorCode::Locked);
    REQUIRE(session.unlock(dir, pass("right")));
    REQUIRE(waitFor(&session, &VaultSession::unlocked));
    CHECK(session.settings() == VaultSettings{});

    REQUIRE(session.setSettings(changed()));
    CHECK(announced.size() == 1);
    CHECK(session.progressContext().weekStart == Qt::Sunday);
    REQUIRE(session.setSettings(changed())); // the same again: nothing to announce
    CHECK(announced.size() == 1);
    VaultSettings bad = changed();
    bad.autoLockMinutes = -5;
    CHECK(session.setSettings(bad).error().code == ErrorCode::InvalidInput);
    CHECK(session.settings() == changed());
    CHECK(announced.size() == 1);

    session.lock();
    CHECK(session.settings() == VaultSettings{}); // nothing of the vault kept while locked
    REQUIRE(session.unlock(dir, pass("right")));
    REQUIRE(waitFor(&session, &VaultSession::unlocked));
    CHECK(session.settings() == changed());
    CHECK(session.progressContext().weekStart == Qt::Sunday);
    VaultSettings monday = changed();
    monday.weekStart = Qt::Monday;
    REQUIRE(session.setSettings(monday));
    CHECK(session.progressContext().weekStart == Qt::Monday);
    CHECK(announced.size() == 2);
}

TEST_CASE("a session changes the passphrase on a worker: the new one opens, the old one no longer",
          "[core][session][passphrase]") {
    selftrack::test::application();
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    REQUIRE(Vault::create(dir, pass("old passphrase"), cheapKdf()));
    VaultSession session(fixedClock(kNow));
    Error failure{ErrorCode::Storage, {}};
    QObject::connect(&session, &VaultSession::passphraseChangeFailed, [&](const Error& e) { failure = e; });
    CHECK_FALSE(session.changePassphrase(pass("old passphrase"), pass("new passphrase"))); // locked
    REQUIRE(session.unlock(dir, pass("old passphrase")));
    REQUIRE(waitFor(&session, &VaultSession::unlocked));

    // A wrong current passphrase changes nothing.
    REQUIRE(session.changePassphrase(pass("not the old one"), pass("new passphrase")));
    CHECK(session.isChangingPassphrase());
    CHECK_FALSE(session.changePassphrase(pass("old passphrase"), pass("new passphrase"))); // one at a time
    REQUIRE(waitFor(&session, &VaultSession::passphraseChangeFailed));
    CHECK(failure.code == ErrorCode::WrongPassphrase);
    CHECK(Vault::open(dir, pass("old passphrase")));

    REQUIRE(session.changePassphrase(pass("old passphrase"), pass("new passphrase")));
    REQUIRE(waitFor(&session, &VaultSession::passphraseChanged));
    CHECK_FALSE(session.isChangingPassphrase());
    CHECK(session.isUnlocked()); // the open vault goes on with the same key
    CHECK(Vault::open(dir, pass("old passphrase")).error().code == ErrorCode::WrongPassphrase);
    CHECK(Vault::open(dir, pass("new passphrase")));
    session.lock();
    REQUIRE(session.unlock(dir, pass("new passphrase")));
    REQUIRE(waitFor(&session, &VaultSession::unlocked));
}

TEST_CASE("locking while the passphrase changes cancels the change", "[core][session][passphrase]") {
    selftrack::test::application();
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    REQUIRE(Vault::create(dir, pass("old passphrase"), cheapKdf()));
    VaultSession session(fixedClock(kNow));
    Error failure{ErrorCode::Storage, {}};
    QObject::connect(&session, &VaultSession::passphraseChangeFailed, [&](const Error& e) { failure = e; });
    REQUIRE(session.unlock(dir, pass("old passphrase")));
    REQUIRE(waitFor(&session, &VaultSession::unlocked));
    REQUIRE(session.changePassphrase(pass("old passphrase"), pass("new passphrase")));
    session.lock(); // the worker's result is handed back through the event loop, after this
    REQUIRE(waitFor(&session, &VaultSession::passphraseChangeFailed));
    CHECK(failure.code == ErrorCode::Locked);
    CHECK(Vault::open(dir, pass("old passphrase")));
    CHECK(Vault::open(dir, pass("new passphrase")).error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("a vault adopts only a header re-wrapped from its own", "[core][vault][passphrase]") {
    QTemporaryDir tmp;
    auto a = Vault::create(tmp.filePath(QStringLiteral("a")), pass("a passphrase"), cheapKdf());
    auto b = Vault::create(tmp.filePath(QStringLiteral("b")), pass("b passphrase"), cheapKdf());
    REQUIRE(a);
    REQUIRE(b);
    auto fromB = Vault::rewrap((*b)->header(), pass("b passphrase"), pass("new passphrase"));
    REQUIRE(fromB);
    CHECK((*a)->adoptHeader(*fromB).error().code == ErrorCode::InvalidInput);
    CHECK(Vault::rewrap((*a)->header(), pass("a passphrase"), SecureBuffer()).error().code == ErrorCode::InvalidInput);
    (*a)->lock();
    CHECK(Vault::open(tmp.filePath(QStringLiteral("a")), pass("a passphrase")));
}

TEST_CASE("the backup schedule is stored with its range checks, the passphrase apart as bytes", "[core][settings]") {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("v"));
    VaultSettings weekly;
    weekly.backupSchedule = VaultSettings::BackupSchedule::Weekly;
    weekly.backupFolder = tmp.filePath(QStringLiteral("backups"));
    weekly.backupKeep = 3;
    weekly.backupLastRun = kNow;
    weekly.backupLastError = QStringLiteral("The folder is gone.");
    {
        auto vault = Vault::create(dir, pass("right"), cheapKdf());
        REQUIRE(vault);
        SettingsStore store((*vault)->database());
        auto fresh = store.load();
        REQUIRE(fresh);
        CHECK(fresh->backupSchedule == VaultSettings::BackupSchedule::Off);
        CHECK(fresh->backupKeep == 7);
        CHECK_FALSE(fresh->backupLastRun.isValid());
        auto none = store.backupPassphrase();
        REQUIRE(none);
        CHECK(none->empty());

        VaultSettings bad = weekly;
        bad.backupKeep = 0;
        CHECK(store.save(bad).error().code == ErrorCode::InvalidInput);
        bad.backupKeep = VaultSettings::kMaxBackupKeep + 1;
        CHECK(store.save(bad).error().code == ErrorCode::InvalidInput);
        bad = weekly;
        bad.backupFolder.clear();
        CHECK(store.save(bad).error().code == ErrorCode::InvalidInput);
        CHECK(*store.load() == VaultSettings{}); // nothing written

        REQUIRE(store.save(weekly));
        REQUIRE(store.setBackupPassphrase(pass("backup secret")));
        // A damaged count falls back to the default.
        REQUIRE(store.setValue(QString::fromLatin1(SettingsStore::kBackupKeep), QStringLiteral("many")));
        CHECK(store.load()->backupKeep == VaultSettings::kDefaultBackupKeep);
        REQUIRE(store.save(weekly));
    }
    auto reopened = Vault::open(dir, pass("right"));
    REQUIRE(reopened);
    SettingsStore store((*reopened)->database());
    auto loaded = store.load();
    REQUIRE(loaded);
    CHECK(*loaded == weekly);
    auto secret = store.backupPassphrase();
    REQUIRE(secret);
    CHECK(secret->equals(pass("backup secret")));
    REQUIRE(store.setBackupPassphrase({}));
    CHECK(store.backupPassphrase()->empty());
}
