// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLoop.h"
#include "TestSupport.h"
#include "core/domain/ContentStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"

#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::cheapKdf;
using selftrack::test::pass;
using selftrack::test::waitFor;

namespace {
const QDateTime kNow(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

QString makeVault(QTemporaryDir& tmp) {
    QString dir = tmp.filePath(QStringLiteral("v"));
    auto vault = Vault::create(dir, pass("right"), cheapKdf());
    REQUIRE(vault);
    return dir;
}
} // namespace

TEST_CASE("a session unlocks on a worker thread and reports through signals", "[core][session]") {
    selftrack::test::application();
    QTemporaryDir tmp;
    const QString dir = makeVault(tmp);
    QList<VaultSession::State> states; // declared first: the session's destructor still signals
    VaultSession session(fixedClock(kNow));
    QObject::connect(&session, &VaultSession::stateChanged, [&](VaultSession::State s) { states.append(s); });

    REQUIRE(session.unlock(dir, pass("right")));
    // The call returns at once: the KDF has not run on this thread.
    CHECK(session.state() == VaultSession::State::Unlocking);
    CHECK_FALSE(session.store());
    CHECK(session.store().error().code == ErrorCode::Locked);
    CHECK_FALSE(session.unlock(dir, pass("right"))); // one unlock at a time
    REQUIRE(waitFor(&session, &VaultSession::unlocked));
    CHECK(states == QList<VaultSession::State>{VaultSession::State::Unlocking, VaultSession::State::Unlocked});
    // Destroying an unlocked session locks it, with the same signals as lock().

    auto store = session.store();
    REQUIRE(store);
    Goal goal;
    goal.title = QStringLiteral("Read");
    goal.startDate = QDate(2026, 1, 1);
    auto added = (*store)->addGoal(goal);
    REQUIRE(added);
    CHECK(added->createdAt == kNow.toString(Qt::ISODateWithMs)); // the session's clock reached the store
}

TEST_CASE("a wrong passphrase fails the unlock and the session stays locked", "[core][session]") {
    selftrack::test::application();
    QTemporaryDir tmp;
    const QString dir = makeVault(tmp);
    Error failure{ErrorCode::Storage, {}};
    VaultSession session;
    QObject::connect(&session, &VaultSession::unlockFailed, [&](const Error& e) { failure = e; });
    REQUIRE(session.unlock(dir, pass("wrong")));
    REQUIRE(waitFor(&session, &VaultSession::unlockFailed));
    CHECK(failure.code == ErrorCode::WrongPassphrase);
    CHECK(session.state() == VaultSession::State::Locked);
    // ...and the user can retry.
    REQUIRE(session.unlock(dir, pass("right")));
    REQUIRE(waitFor(&session, &VaultSession::unlocked));
    CHECK(session.isUnlocked());
}

TEST_CASE("locking tells listeners first, then every access is a Locked error", "[core][session]") {
    selftrack::test::application();
    QTemporaryDir tmp;
    const QString dir = makeVault(tmp);
    bool storeUsableInAboutToLock = false;
    QStringList order;
    int published = 0;
    VaultSession session;
    REQUIRE(session.unlock(dir, pass("right")));
    REQUIRE(waitFor(&session, &VaultSession::unlocked));

    QObject::connect(&session, &VaultSession::aboutToLock, [&] {
        order.append(QStringLiteral("aboutToLock"));
        auto store = session.store();
        storeUsableInAboutToLock = store && (*store)->goals().has_value();
    });
    QObject::connect(&session, &VaultSession::locked, [&] { order.append(QStringLiteral("locked")); });
    session.lock();
    CHECK(order == QStringList{QStringLiteral("aboutToLock"), QStringLiteral("locked")});
    CHECK(storeUsableInAboutToLock);
    CHECK(session.store().error().code == ErrorCode::Locked);
    CHECK(session.vault().error().code == ErrorCode::Locked);

    // Unlocking again returns a fresh store; events keep their connections.
    QObject::connect(session.events(), &ContentEvents::changed, [&] { ++published; });
    REQUIRE(session.unlock(dir, pass("right")));
    REQUIRE(waitFor(&session, &VaultSession::unlocked));
    Goal goal;
    goal.title = QStringLiteral("Walk");
    goal.startDate = QDate(2026, 1, 1);
    REQUIRE((*session.store())->addGoal(goal));
    CHECK(published == 1);
}

TEST_CASE("a locked Vault answers every database call with a Locked error", "[core][session][vault]") {
    QTemporaryDir tmp;
    auto vault = Vault::create(tmp.filePath(QStringLiteral("v")), pass("pw"), cheapKdf());
    REQUIRE(vault);
    ContentStore store((*vault)->database(), (*vault)->deviceId());
    Goal goal;
    goal.title = QStringLiteral("Swim");
    goal.startDate = QDate(2026, 1, 1);
    REQUIRE(store.addGoal(goal));
    (*vault)->lock();
    CHECK((*vault)->isLocked());
    // The store still holds its Database reference: it must fail cleanly, not crash.
    auto goals = store.goals();
    REQUIRE_FALSE(goals);
    CHECK(goals.error().code == ErrorCode::Locked);
    auto added = store.addGoal(goal);
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::Locked);
    CHECK((*vault)->database().exec("SELECT 1;").error().code == ErrorCode::Locked);
}

TEST_CASE("a session destroyed while unlocking waits for the worker", "[core][session]") {
    selftrack::test::application();
    QTemporaryDir tmp;
    const QString dir = makeVault(tmp);
    {
        VaultSession session;
        REQUIRE(session.unlock(dir, pass("right")));
    } // must neither crash nor leak the opened vault (ASan checks the latter)
    VaultSession again;
    REQUIRE(again.unlock(dir, pass("right")));
    REQUIRE(waitFor(&again, &VaultSession::unlocked));
}

TEST_CASE("a session creates a new vault off the calling thread", "[core][session]") {
    selftrack::test::application();
    QTemporaryDir tmp;
    VaultSession session;
    REQUIRE(session.create(tmp.filePath(QStringLiteral("new")), pass("pw"), cheapKdf()));
    REQUIRE(waitFor(&session, &VaultSession::unlocked));
    CHECK((*session.vault())->directory() == tmp.filePath(QStringLiteral("new")));
    REQUIRE(session.store());
}
