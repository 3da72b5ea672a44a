// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include <QJsonArray>
#include <QSet>

using namespace selftrack::server::test;

namespace {

QJsonArray sessionsOf(HttpsClient& client) {
    const HttpResponse response = client.get(str("/v1/sessions"));
    REQUIRE_STATUS(response, 200);
    return response.json().value(str("sessions")).toArray();
}

// The set of key paths of a JSON object ("kdf.seed", ...), to compare shapes.
QSet<QString> keyPaths(const QJsonObject& object, const QString& prefix = {}) {
    QSet<QString> paths;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        paths.insert(path);
        if (it.value().isObject())
            paths.unite(keyPaths(it.value().toObject(), path));
    }
    return paths;
}

} // namespace

TEST_CASE("a registered account logs in on several devices, lists its sessions and revoked tokens stop working",
          "[server][accounts]") {
    ServerFixture server;
    Device laptop = newAccount(server, str("ada@example.org"));
    Device phone = anotherDevice(server, laptop.account, str("phone"));

    const HttpResponse account = laptop.client->get(str("/v1/account"));
    REQUIRE_STATUS(account, 200);
    CHECK(account.json().value(str("email")).toString() == str("ada@example.org"));
    CHECK(account.json().value(str("privacy_policy_version")).toString() == str("2026-01"));
    CHECK(account.json().value(str("kdf")).toObject() == laptop.account.kdf);

    const QJsonArray sessions = sessionsOf(*laptop.client);
    REQUIRE(sessions.size() == 2);
    QSet<QString> ids;
    for (const QJsonValue session : sessions) {
        const QJsonObject object = session.toObject();
        ids.insert(object.value(str("id")).toString());
        CHECK(object.value(str("current")).toBool() ==
              (object.value(str("id")).toString() == laptop.account.sessionId));
    }
    CHECK(ids == QSet<QString>{laptop.account.sessionId, phone.account.sessionId});

    SECTION("revoking another session by id ends only that session") {
        CHECK_STATUS(laptop.client->del(str("/v1/sessions/") + phone.account.sessionId), 204);
        const HttpResponse rejected = phone.client->get(str("/v1/account"));
        CHECK_STATUS(rejected, 401);
        CHECK(rejected.header("www-authenticate").startsWith(str("Bearer")));
        CHECK(problemCode(rejected) == str("unauthorized"));
        CHECK_STATUS(laptop.client->get(str("/v1/account")), 200);
        CHECK_STATUS(laptop.client->del(str("/v1/sessions/") + phone.account.sessionId), 404);
    }
    SECTION("logging out ends the calling session only") {
        CHECK_STATUS(laptop.client->del(str("/v1/sessions/current")), 204);
        CHECK_STATUS(laptop.client->get(str("/v1/account")), 401);
        CHECK_STATUS(phone.client->get(str("/v1/account")), 200);
    }
    SECTION("revoking all sessions ends every session including the caller's, and a new login works") {
        CHECK_STATUS(phone.client->del(str("/v1/sessions/all")), 204);
        CHECK_STATUS(laptop.client->get(str("/v1/account")), 401);
        CHECK_STATUS(phone.client->get(str("/v1/account")), 401);
        Device again = anotherDevice(server, laptop.account, str("laptop again"));
        CHECK(sessionsOf(*again.client).size() == 1);
    }
}

TEST_CASE("registration normalizes the email, records consent and refuses a taken address", "[server][accounts]") {
    ServerFixture server;
    auto client = server.client();
    const QString password = api::randomServerPassword();
    const QJsonObject kdf = api::authParams(*client, str("ada@example.org")).json().value(str("kdf")).toObject();

    const HttpResponse created = api::registerAccount(*client, str("  Ada@Example.ORG "), password, kdf);
    REQUIRE_STATUS(created, 201);
    CHECK(created.json().value(str("email")).toString() == str("ada@example.org"));
    CHECK(created.json().value(str("age_confirmed_at")).toInteger() > 0);
    CHECK(created.json().value(str("privacy_accepted_at")).toInteger() > 0);

    const HttpResponse taken = api::registerAccount(*client, str("ada@example.org"), api::randomServerPassword(), kdf);
    CHECK_STATUS(taken, 409);
    CHECK(problemCode(taken) == str("email-taken"));

    CHECK_STATUS(api::login(*client, str("ADA@example.org"), password), 201);

    SECTION("without confirming age 13+ or a privacy policy version nothing is created") {
        QJsonObject body{{str("email"), str("bob@example.org")},
                         {str("server_password"), api::randomServerPassword()},
                         {str("kdf"), kdf},
                         {str("wrapped_key"), str("w")},
                         {str("age_confirmed"), false},
                         {str("privacy_policy_version"), str("2026-01")}};
        const HttpResponse noAge = client->post(str("/v1/accounts"), body);
        CHECK_STATUS(noAge, 403);
        CHECK(problemCode(noAge) == str("consent-required"));
        body[str("age_confirmed")] = true;
        body[str("privacy_policy_version")] = str("");
        CHECK_STATUS(client->post(str("/v1/accounts"), body), 403);
        CHECK_STATUS(api::login(*client, str("bob@example.org"), body.value(str("server_password")).toString()), 401);
    }
}

TEST_CASE("a wrong password is refused exactly like an unknown email", "[server][accounts]") {
    ServerFixture server;
    Device ada = newAccount(server, str("ada@example.org"));
    auto client = server.client();

    const HttpResponse wrong = api::login(*client, str("ada@example.org"), api::randomServerPassword());
    const HttpResponse unknown = api::login(*client, str("nobody@example.org"), api::randomServerPassword());
    CHECK_STATUS(wrong, 401);
    CHECK_STATUS(unknown, 401);
    CHECK(problemCode(wrong) == str("invalid-credentials"));
    CHECK(wrong.body == unknown.body);
    CHECK(wrong.header("content-type") == unknown.header("content-type"));
    CHECK(wrong.json().value(str("token")).isUndefined());

    SECTION("re-authentication with a wrong password changes nothing") {
        const QJsonObject wrongReauth{{str("current_password"), api::randomServerPassword()}};
        CHECK_STATUS(ada.client->del(str("/v1/account"), wrongReauth), 401);
        QJsonObject patch{{str("current_password"), api::randomServerPassword()},
                          {str("server_password"), api::randomServerPassword()},
                          {str("kdf"), ada.account.kdf},
                          {str("wrapped_key"), str("rewrapped")}};
        const HttpResponse patched = ada.client->patch(str("/v1/account"), patch);
        CHECK_STATUS(patched, 401);
        CHECK(problemCode(patched) == str("invalid-credentials"));
        CHECK_STATUS(ada.client->get(str("/v1/account")), 200);
        CHECK_STATUS(api::login(*client, ada.account.email, ada.account.serverPassword), 201);
    }
}

TEST_CASE("changing the password revokes the other sessions and only the new password logs in", "[server][accounts]") {
    ServerFixture server;
    Device laptop = newAccount(server, str("ada@example.org"));
    Device phone = anotherDevice(server, laptop.account, str("phone"));
    const QString newPassword = api::randomServerPassword();
    const QJsonObject patch{{str("current_password"), laptop.account.serverPassword},
                            {str("server_password"), newPassword},
                            {str("kdf"), laptop.account.kdf},
                            {str("wrapped_key"), str("rewrapped-key")}};
    const HttpResponse patched = laptop.client->patch(str("/v1/account"), patch);
    REQUIRE_STATUS(patched, 200);
    CHECK(patched.json().value(str("wrapped_key")).toString() == str("rewrapped-key"));
    CHECK_STATUS(laptop.client->get(str("/v1/account")), 200);
    CHECK_STATUS(phone.client->get(str("/v1/account")), 401);
    auto client = server.client();
    CHECK_STATUS(api::login(*client, laptop.account.email, laptop.account.serverPassword), 401);
    CHECK_STATUS(api::login(*client, laptop.account.email, newPassword), 201);
}

TEST_CASE("auth params do not reveal whether an account exists and are deterministic", "[server][accounts]") {
    ServerFixture server;
    auto client = server.client();
    const HttpResponse unknownFirst = api::authParams(*client, str("nobody@example.org"));
    REQUIRE_STATUS(unknownFirst, 200);
    const HttpResponse knownBefore = api::authParams(*client, str("ada@example.org"));
    REQUIRE_STATUS(knownBefore, 200);
    Device ada = newAccount(server, str("ada@example.org"));

    const HttpResponse known = api::authParams(*client, str("ada@example.org"));
    const HttpResponse unknown = api::authParams(*client, str("nobody@example.org"));
    REQUIRE_STATUS(known, 200);
    REQUIRE_STATUS(unknown, 200);

    // Deterministic: the same answer every time, before and after registration.
    CHECK(unknown.body == unknownFirst.body);
    CHECK(known.body == knownBefore.body);
    CHECK(api::authParams(*client, str(" Nobody@EXAMPLE.org")).body == unknown.body);

    // Alike: same fields, same cost parameters, seeds of the same length; only the seed differs.
    const QJsonObject knownKdf = known.json().value(str("kdf")).toObject();
    const QJsonObject unknownKdf = unknown.json().value(str("kdf")).toObject();
    CHECK(keyPaths(known.json()) == keyPaths(unknown.json()));
    for (const char* field : {"algorithm", "memory_kib", "iterations", "parallelism"})
        CHECK(knownKdf.value(str(field)) == unknownKdf.value(str(field)));
    CHECK(QByteArray::fromBase64(knownKdf.value(str("seed")).toString().toLatin1()).size() == 32);
    CHECK(QByteArray::fromBase64(unknownKdf.value(str("seed")).toString().toLatin1()).size() == 32);
    CHECK(knownKdf.value(str("seed")) != unknownKdf.value(str("seed")));
    CHECK(known.body.size() == unknown.body.size());
    CHECK(known.header("content-type") == unknown.header("content-type"));

    SECTION("the fake parameters survive a restart of the server") {
        server.stop();
        server.start();
        CHECK(api::authParams(*client, str("nobody@example.org")).body == unknown.body);
        CHECK(api::authParams(*client, str("ada@example.org")).body == known.body);
    }
}

TEST_CASE("login attempts for one email are rate limited with 429 and Retry-After, other emails are not",
          "[server][accounts][ratelimit]") {
    ServerFixture server(ServerFixture::Config{{str("--rate-auth-email"), str("3")}, true});
    Device ada = newAccount(server, str("ada@example.org")); // register + login: two attempts
    newAccount(server, str("bob@example.org"));
    auto client = server.client();

    HttpResponse limited;
    int attempts = 0;
    while (attempts < 20) {
        ++attempts;
        limited = api::login(*client, str("ada@example.org"), api::randomServerPassword());
        if (limited.status != 401)
            break;
    }
    REQUIRE_STATUS(limited, 429);
    CHECK(attempts <= 3);
    CHECK(problemCode(limited) == str("rate-limited"));
    CHECK(limited.header("retry-after").toInt() >= 1);
    // While limited even the right password is refused, so the limit is no password oracle.
    CHECK_STATUS(api::login(*client, ada.account.email, ada.account.serverPassword), 429);
    CHECK_STATUS(api::login(*client, str("bob@example.org"), api::randomServerPassword()), 401);
    // Existing sessions keep working.
    CHECK_STATUS(ada.client->get(str("/v1/account")), 200);
}

TEST_CASE("auth limits are kept in the database: a restart does not reset them, and no email or address is stored",
          "[server][accounts][ratelimit]") {
    ServerFixture server(ServerFixture::Config{{str("--rate-auth-email"), str("3")}, true});
    auto client = server.client();
    for (int attempt = 0; attempt < 3; ++attempt)
        CHECK_STATUS(api::login(*client, str("ada@example.org"), api::randomServerPassword()), 401);
    CHECK_STATUS(api::login(*client, str("ada@example.org"), api::randomServerPassword()), 429);

    REQUIRE(server.stop() == 0);
    auto dump = server.dumpDatabase();
    REQUIRE(dump.has_value());
    const auto buckets = tableRows(*dump, str("rate_buckets"));
    REQUIRE(buckets.has_value());
    CHECK(buckets->size() >= 2); // one bucket per address, one per email
    CHECK(rowsContaining(*dump, "ada@example.org").empty());
    CHECK(rowsContaining(*dump, "127.0.0.1").empty());

    server.start();
    client = server.client();
    const HttpResponse limited = api::login(*client, str("ada@example.org"), api::randomServerPassword());
    CHECK_STATUS(limited, 429);
    CHECK(limited.header("retry-after").toInt() >= 1);
    CHECK_STATUS(api::login(*client, str("bob@example.org"), api::randomServerPassword()), 401);
}

TEST_CASE("auth requests from one address are rate limited with 429 and Retry-After", "[server][accounts][ratelimit]") {
    ServerFixture server(ServerFixture::Config{{str("--rate-auth-ip"), str("5")}, true});
    auto client = server.client();
    HttpResponse limited;
    int attempts = 0;
    while (attempts < 30) {
        ++attempts;
        limited = api::authParams(*client, QStringLiteral("user%1@example.org").arg(attempts));
        if (limited.status != 200)
            break;
    }
    REQUIRE_STATUS(limited, 429);
    CHECK(attempts <= 6);
    CHECK(limited.header("retry-after").toInt() >= 1);
    CHECK_STATUS(client->get(str("/healthz")), 200);
}

TEST_CASE("requests with one token are rate limited with 429 and Retry-After, other tokens are not",
          "[server][accounts][ratelimit]") {
    ServerFixture server(ServerFixture::Config{{str("--rate-token"), str("5")}, true});
    Device ada = newAccount(server, str("ada@example.org"));
    Device bob = newAccount(server, str("bob@example.org"));
    HttpResponse limited;
    int attempts = 0;
    while (attempts < 30) {
        ++attempts;
        limited = ada.client->get(str("/v1/sync/changes"));
        if (limited.status != 200)
            break;
    }
    REQUIRE_STATUS(limited, 429);
    CHECK(attempts <= 6);
    CHECK(problemCode(limited) == str("rate-limited"));
    CHECK(limited.header("retry-after").toInt() >= 1);
    CHECK_STATUS(bob.client->get(str("/v1/sync/changes")), 200);
}
