// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include <QJsonArray>

using namespace selftrack::server::test;

namespace {

// New login parameters as a client makes them for a new email: same cost, a fresh random seed.
QJsonObject freshKdf(const QJsonObject& kdf) {
    QJsonObject fresh = kdf;
    fresh[str("seed")] = api::randomServerPassword(); // base64 of 32 random bytes
    return fresh;
}

} // namespace

TEST_CASE("changing the email moves the login to the new address and the old one looks unknown", "[server][accounts]") {
    ServerFixture server;
    auto client = server.client();
    const HttpResponse oldBefore = api::authParams(*client, str("ada@example.org"));
    const HttpResponse unknownBefore = api::authParams(*client, str("nobody@example.org"));
    REQUIRE_STATUS(oldBefore, 200);
    Device laptop = newAccount(server, str("ada@example.org"));
    Device phone = anotherDevice(server, laptop.account, str("phone"));
    pushResults(*laptop.client,
                QJsonArray{api::revision(api::newUuid(), 0, api::newUuid(), api::envelopeFor(str("kept")))});

    const QString newPassword = api::randomServerPassword();
    const QJsonObject newKdf = freshKdf(laptop.account.kdf);
    const QJsonObject patch{{str("current_password"), laptop.account.serverPassword},
                            {str("email"), str("  Ada.New@Example.ORG ")},
                            {str("server_password"), newPassword},
                            {str("kdf"), newKdf},
                            {str("wrapped_key"), str("wrapped-for-new-email")}};
    const HttpResponse patched = laptop.client->patch(str("/v1/account"), patch);
    REQUIRE_STATUS(patched, 200);
    CHECK(patched.json().value(str("email")).toString() == str("ada.new@example.org"));
    CHECK(patched.json().value(str("kdf")).toObject() == newKdf);
    CHECK(patched.json().value(str("wrapped_key")).toString() == str("wrapped-for-new-email"));

    // The calling session stays, the others end; the data stays with the account.
    CHECK_STATUS(laptop.client->get(str("/v1/account")), 200);
    CHECK_STATUS(phone.client->get(str("/v1/account")), 401);
    CHECK(pullAll(*laptop.client).changes.size() == 1);

    // Only the new email with the new password logs in.
    CHECK_STATUS(api::login(*client, str("ada.new@example.org"), newPassword), 201);
    CHECK_STATUS(api::login(*client, str("ada.new@example.org"), laptop.account.serverPassword), 401);
    const HttpResponse oldLogin = api::login(*client, str("ada@example.org"), laptop.account.serverPassword);
    CHECK_STATUS(oldLogin, 401);
    CHECK(problemCode(oldLogin) == str("invalid-credentials"));
    CHECK_STATUS(api::login(*client, str("ada@example.org"), newPassword), 401);

    // Auth params: the new email answers the new parameters; the old email is back to the
    // deterministic fake it answered before it was registered, shaped like any unknown email's.
    const HttpResponse newParams = api::authParams(*client, str("ada.new@example.org"));
    REQUIRE_STATUS(newParams, 200);
    CHECK(newParams.json().value(str("kdf")).toObject() == newKdf);
    const HttpResponse oldParams = api::authParams(*client, str("ada@example.org"));
    REQUIRE_STATUS(oldParams, 200);
    CHECK(oldParams.body == oldBefore.body);
    CHECK(api::authParams(*client, str("ada@example.org")).body == oldParams.body);
    const QJsonObject oldKdf = oldParams.json().value(str("kdf")).toObject();
    CHECK(oldKdf.value(str("seed")) != newKdf.value(str("seed")));
    CHECK(oldParams.body.size() == unknownBefore.body.size());
    CHECK(oldParams.json().keys() == unknownBefore.json().keys());

    SECTION("the old address is free for a new account") {
        Device other = newAccount(server, str("ada@example.org"));
        CHECK(pullAll(*other.client).changes.empty());
        CHECK(pullAll(*laptop.client).changes.size() == 1);
    }
}

TEST_CASE("an email change to a taken address or without new credentials changes nothing", "[server][accounts]") {
    ServerFixture server;
    Device ada = newAccount(server, str("ada@example.org"));
    Device phone = anotherDevice(server, ada.account, str("phone"));
    newAccount(server, str("bob@example.org"));
    auto client = server.client();

    SECTION("taken address: 409 email-taken") {
        const QJsonObject patch{{str("current_password"), ada.account.serverPassword},
                                {str("email"), str("BOB@example.org")},
                                {str("server_password"), api::randomServerPassword()},
                                {str("kdf"), freshKdf(ada.account.kdf)},
                                {str("wrapped_key"), str("w2")}};
        const HttpResponse taken = ada.client->patch(str("/v1/account"), patch);
        CHECK_STATUS(taken, 409);
        CHECK(problemCode(taken) == str("email-taken"));
    }
    SECTION("email without server_password, kdf and wrapped_key: 400") {
        const QJsonObject patch{{str("current_password"), ada.account.serverPassword},
                                {str("email"), str("ada.new@example.org")}};
        const HttpResponse invalid = ada.client->patch(str("/v1/account"), patch);
        CHECK_STATUS(invalid, 400);
        CHECK(problemCode(invalid) == str("invalid-request"));
    }
    SECTION("wrong current password: 401") {
        const QJsonObject patch{{str("current_password"), api::randomServerPassword()},
                                {str("email"), str("ada.new@example.org")},
                                {str("server_password"), api::randomServerPassword()},
                                {str("kdf"), freshKdf(ada.account.kdf)},
                                {str("wrapped_key"), str("w2")}};
        CHECK_STATUS(ada.client->patch(str("/v1/account"), patch), 401);
    }
    const HttpResponse account = ada.client->get(str("/v1/account"));
    REQUIRE_STATUS(account, 200);
    CHECK(account.json().value(str("email")).toString() == str("ada@example.org"));
    CHECK(account.json().value(str("kdf")).toObject() == ada.account.kdf);
    CHECK_STATUS(phone.client->get(str("/v1/account")), 200);
    CHECK_STATUS(api::login(*client, str("ada@example.org"), ada.account.serverPassword), 201);
    CHECK_STATUS(api::login(*client, str("ada.new@example.org"), ada.account.serverPassword), 401);
    CHECK(api::authParams(*client, str("ada@example.org")).json().value(str("kdf")).toObject() == ada.account.kdf);
}

TEST_CASE("replacing only the wrapped key keeps every session and the password", "[server][accounts]") {
    ServerFixture server;
    Device laptop = newAccount(server, str("ada@example.org"));
    Device phone = anotherDevice(server, laptop.account, str("phone"));
    const QJsonObject patch{{str("current_password"), laptop.account.serverPassword},
                            {str("wrapped_key"), str("rewrapped-only")}};
    const HttpResponse patched = laptop.client->patch(str("/v1/account"), patch);
    REQUIRE_STATUS(patched, 200);
    CHECK(patched.json().value(str("wrapped_key")).toString() == str("rewrapped-only"));
    CHECK(patched.json().value(str("kdf")).toObject() == laptop.account.kdf);
    CHECK_STATUS(phone.client->get(str("/v1/account")), 200);
    CHECK(phone.client->get(str("/v1/account")).json().value(str("wrapped_key")).toString() == str("rewrapped-only"));
    auto client = server.client();
    CHECK_STATUS(api::login(*client, laptop.account.email, laptop.account.serverPassword), 201);
}
