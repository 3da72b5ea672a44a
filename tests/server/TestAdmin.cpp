// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommand.h"
#include "ServerTestSupport.h"
#include "harness/TestCa.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace selftrack::server::test;

namespace {

// `selftrack-server admin` on the fixture's store. The embedded store is stopped first (as the docs
// ask) and restarted afterwards; PostgreSQL is administered while the server keeps running.
std::unique_ptr<ServerCommand> admin(ServerFixture& server, const QStringList& command,
                                     const QStringList& environment = {}) {
    const bool embedded = server.backend() == Backend::SqlCipher;
    if (embedded)
        REQUIRE(server.stop() == 0);
    QStringList arguments{str("admin"), str("--data-dir"), server.dataDir()};
    if (!embedded)
        arguments << str("--database") << server.databaseUrl();
    auto run = runServerCommand(arguments + command, environment);
    if (embedded)
        server.start();
    return run;
}

void pushItems(Device& device, int count, const QString& marker) {
    QJsonArray batch;
    for (int i = 0; i < count; ++i)
        batch.append(api::revision(api::newUuid(), 0, api::newUuid(), api::envelopeFor(marker)));
    pushResults(*device.client, batch);
}

QString keyFileText(const ServerFixture& server) {
    QFile file(QDir(server.dataDir()).filePath(str("server.key")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromLatin1(file.readAll()).trimmed();
}

} // namespace

TEST_CASE("admin accounts prints the number of accounts and no email", "[server][admin]") {
    ServerFixture server;
    {
        auto empty = admin(server, {str("accounts")});
        INFO(empty->describe());
        CHECK(empty->wait() == 0);
        CHECK(empty->standardOutput() == "accounts: 0\n");
    }
    newAccount(server, str("ada@example.org"));
    newAccount(server, str("bob@example.org"));
    newAccount(server, str("carol@example.org"));
    auto run = admin(server, {str("accounts")});
    INFO(run->describe());
    CHECK(run->wait() == 0);
    CHECK(run->standardOutput() == "accounts: 3\n");
    CHECK_FALSE(run->output().contains("@"));
    CHECK_FALSE(run->output().contains("ada"));
}

TEST_CASE("admin usage prints totals that follow the stored data", "[server][admin]") {
    ServerFixture server;
    Device ada = newAccount(server, str("ada@example.org"));
    anotherDevice(server, ada.account, str("phone"));
    Device bob = newAccount(server, str("bob@example.org"));
    pushItems(ada, 3, str("ada"));
    pushItems(bob, 2, str("bob"));
    // A second revision of one of Bob's items, and a purge of one of Ada's (a tombstone).
    const auto bobItems = pullAll(*bob.client).changes;
    REQUIRE(bobItems.size() == 2);
    const QString edited = bobItems[0].value(str("item_id")).toString();
    pushResults(*bob.client, QJsonArray{api::revision(edited, bobItems[0].value(str("rev")).toInteger(), api::newUuid(),
                                                      api::envelopeFor(str("bob2")))});
    const auto adaItems = pullAll(*ada.client).changes;
    REQUIRE(adaItems.size() == 3);
    CHECK_STATUS(ada.client->del(str("/v1/items/") + adaItems[0].value(str("item_id")).toString()), 200);

    auto run = admin(server, {str("usage")});
    INFO(run->describe());
    CHECK(run->wait() == 0);
    const QString out = QString::fromUtf8(run->standardOutput());
    CHECK(out.contains(str("accounts: 2\n")));
    CHECK(out.contains(str("sessions: 3\n")));
    CHECK(out.contains(str("items: 4\n")));
    CHECK(out.contains(str("revisions: 5\n")));
    CHECK(out.contains(str("tombstones: 1\n")));
    const QRegularExpression bytes(str("bytes: (\\d+)\n"));
    const auto match = bytes.match(out);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toLongLong() > 0);
    CHECK_FALSE(run->output().contains("@"));
}

TEST_CASE("admin delete-account removes that account immediately and leaves the others intact", "[server][admin]") {
    ServerFixture server;
    Device ada = newAccount(server, str("ada@example.org"));
    Device bob = newAccount(server, str("bob@example.org"));
    pushItems(ada, 2, str("ada"));
    pushItems(bob, 2, str("bob"));

    auto run = admin(server, {str("delete-account"), str(" ADA@example.org")});
    INFO(run->describe());
    CHECK(run->wait() == 0);
    CHECK(run->standardOutput() == "deleted\n");

    CHECK_STATUS(ada.client->get(str("/v1/account")), 401);
    auto client = server.client();
    CHECK_STATUS(api::login(*client, ada.account.email, ada.account.serverPassword), 401);
    CHECK_STATUS(bob.client->get(str("/v1/account")), 200);
    CHECK(pullAll(*bob.client).changes.size() == 2);
    // The address is free again.
    CHECK_STATUS(api::registerAccount(*client, str("ada@example.org"), api::randomServerPassword(), ada.account.kdf),
                 201);

    SECTION("an unknown email is reported with status 1 and deletes nothing") {
        auto unknown = admin(server, {str("delete-account"), str("nobody@example.org")});
        INFO(unknown->describe());
        CHECK(unknown->wait() == 1);
        CHECK(unknown->standardOutput() == "no such account\n");
        CHECK_STATUS(bob.client->get(str("/v1/account")), 200);
        auto count = admin(server, {str("accounts")});
        CHECK(count->standardOutput() == "accounts: 2\n");
    }
}

TEST_CASE("admin rotate-key re-encrypts the embedded store and is refused for PostgreSQL", "[server][admin]") {
    ServerFixture server;
    Device ada = newAccount(server, str("ada@example.org"));
    pushItems(ada, 4, str("rotate"));

    if (server.backend() == Backend::Postgres) {
        auto run = admin(server, {str("rotate-key")});
        INFO(run->describe());
        CHECK(run->wait() == 1);
        CHECK(run->standardError().contains("rotate-key applies to the embedded database only"));
        CHECK(run->standardOutput().isEmpty());
        CHECK(pullAll(*ada.client).changes.size() == 4);
        return;
    }

    const QString oldKey = keyFileText(server);
    REQUIRE(oldKey.size() == 64);
    auto run = admin(server, {str("rotate-key")}); // restarts with the new server.key
    INFO(run->describe());
    CHECK(run->wait() == 0);
    CHECK(run->standardOutput().startsWith("rotated: "));
    const QString newKey = keyFileText(server);
    CHECK(newKey.size() == 64);
    CHECK(newKey != oldKey);
    CHECK_FALSE(QFile::exists(QDir(server.dataDir()).filePath(str("server.key.new"))));

    // The data is all there, the sessions too.
    CHECK_STATUS(ada.client->get(str("/v1/account")), 200);
    CHECK(pullAll(*ada.client).changes.size() == 4);

    // The old key no longer opens the file.
    REQUIRE(server.stop() == 0);
    const TestCa& ca = TestCa::shared();
    auto withOldKey =
        runServerCommand(QStringList{str("--data-dir"), server.dataDir(), str("--listen"), str("127.0.0.1:0"),
                                     str("--cert"), ca.serverCertPath, str("--key"), ca.serverKeyPath},
                         QStringList{str("SELFTRACK_SERVER_KEY=") + oldKey});
    {
        INFO(withOldKey->describe());
        CHECK(withOldKey->wait() == 1);
        CHECK(withOldKey->standardError().contains("does not open"));
    }
    auto adminWithOldKey =
        runServerCommand(QStringList{str("admin"), str("--data-dir"), server.dataDir(), str("accounts")},
                         QStringList{str("SELFTRACK_SERVER_KEY=") + oldKey});
    {
        INFO(adminWithOldKey->describe());
        CHECK(adminWithOldKey->wait() == 1);
        CHECK(adminWithOldKey->standardOutput().isEmpty());
    }
    server.start();
    CHECK(pullAll(*ada.client).changes.size() == 4);
}
