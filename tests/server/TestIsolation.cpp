// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include <QJsonArray>

using namespace selftrack::server::test;

namespace {

// Everything of Bob's that must never show up in anything Alice gets back.
struct Secrets {
    std::vector<QByteArray> values;
    void add(const QString& value) { values.push_back(value.toUtf8()); }
    // The secrets found in body (empty: none leaked).
    std::vector<std::string> foundIn(const QByteArray& body) const {
        std::vector<std::string> found;
        for (const QByteArray& value : values)
            if (body.contains(value))
                found.push_back(value.toStdString());
        return found;
    }
};

void requireSameAnswer(const HttpResponse& onBobsId, const HttpResponse& onUnknownId) {
    INFO("on Bob's id: " << onBobsId.describe());
    INFO("on an unknown id: " << onUnknownId.describe());
    CHECK(onBobsId.status == onUnknownId.status);
    CHECK(problemCode(onBobsId) == problemCode(onUnknownId));
    CHECK(onBobsId.header("content-type") == onUnknownId.header("content-type"));
}

} // namespace

TEST_CASE("account A can never read, push to, purge or learn about account B's items and sessions",
          "[server][isolation]") {
    ServerFixture server;
    Device bob = newAccount(server, str("bob@example.org"));
    Device bobPhone = anotherDevice(server, bob.account, str("bob's phone"));
    const QString bobItem = api::newUuid();
    const QString bobRev1 = api::newUuid();
    const QString bobRev2 = api::newUuid();
    const QString bobEnvelope1 = api::envelopeFor(str("bob one"));
    const QString bobEnvelope2 = api::envelopeFor(str("bob two"));
    pushResults(*bob.client, {api::revision(bobItem, 0, bobRev1, bobEnvelope1)});
    pushResults(*bob.client, {api::revision(bobItem, 1, bobRev2, bobEnvelope2)});
    const QString bobPurged = api::newUuid();
    pushResults(*bob.client, {api::revision(bobPurged, 0, api::newUuid(), api::envelopeFor(str("bob purged")))});
    REQUIRE_STATUS(bob.client->del(str("/v1/items/") + bobPurged), 200);
    const QString bobCursor = pullAll(*bob.client).cursor;

    Secrets secrets;
    for (const QString& value : {bobItem, bobRev1, bobRev2, bobEnvelope1, bobEnvelope2, bobPurged,
                                 bob.account.sessionId, bobPhone.account.sessionId, bob.account.email})
        secrets.add(value);

    Device alice = newAccount(server, str("alice@example.org"));
    HttpsClient& a = *alice.client;
    const QString unknownItem = api::newUuid();
    auto noLeak = [&](const HttpResponse& response) {
        INFO(response.describe());
        CHECK(secrets.foundIn(response.body).empty());
        for (const auto& [name, value] : response.headers)
            CHECK(secrets.foundIn(QByteArray::fromStdString(value)).empty());
    };

    SECTION("reading Bob's revisions answers exactly like an item that never existed") {
        for (const QString& suffix : {str("/revisions"), str("/revisions/1"), str("/revisions/2")}) {
            const HttpResponse onBob = a.get(str("/v1/items/") + bobItem + suffix);
            const HttpResponse onUnknown = a.get(str("/v1/items/") + unknownItem + suffix);
            CHECK_STATUS(onBob, 404);
            requireSameAnswer(onBob, onUnknown);
            noLeak(onBob);
        }
        const HttpResponse purgedList = a.get(str("/v1/items/") + bobPurged + str("/revisions"));
        CHECK_STATUS(purgedList, 404);
        noLeak(purgedList);
    }
    SECTION("purging Bob's item answers not found and leaves it intact") {
        const HttpResponse onBob = a.del(str("/v1/items/") + bobItem);
        CHECK_STATUS(onBob, 404);
        requireSameAnswer(onBob, a.del(str("/v1/items/") + unknownItem));
        noLeak(onBob);
        const HttpResponse onPurged = a.del(str("/v1/items/") + bobPurged);
        CHECK_STATUS(onPurged, 404);
        noLeak(onPurged);
    }
    SECTION("pushing to Bob's item ids and rev ids only ever touches Alice's own namespace") {
        const QJsonArray results =
            pushResults(a, {api::revision(bobItem, 2, api::newUuid(), api::envelopeFor(str("alice on top"))),
                            api::revision(bobItem, 0, bobRev1, api::envelopeFor(str("alice replays bob's rev"))),
                            api::revision(bobPurged, 0, api::newUuid(), api::envelopeFor(str("alice on purged")))});
        const HttpResponse reused =
            api::push(a, {api::revision(api::newUuid(), 0, bobRev2, api::envelopeFor(str("x")))});
        CHECK_STATUS(reused, 200);
        CHECK(reused.json().value(str("results")).toArray().at(0).toObject().value(str("status")).toString() ==
              str("accepted"));
        for (const QString& bobsOnly : {bobEnvelope1, bobEnvelope2})
            CHECK_FALSE(reused.body.contains(bobsOnly.toUtf8()));
        // For Alice, Bob's item does not exist: base_rev 2 conflicts (with no head of Bob's), the
        // rev id Bob used is fresh for her, and Bob's purge is not her tombstone.
        CHECK(results[0].toObject().value(str("status")).toString() == str("conflict"));
        CHECK(results[1].toObject().value(str("status")).toString() == str("accepted"));
        CHECK(results[1].toObject().value(str("rev")).toInteger() == 1);
        CHECK(results[2].toObject().value(str("status")).toString() == str("accepted"));
        const QByteArray answered = toJson(QJsonObject{{str("results"), results}});
        for (const QString& bobsOnly : {bobRev2, bobEnvelope1, bobEnvelope2})
            CHECK_FALSE(answered.contains(bobsOnly.toUtf8()));
    }
    SECTION("changes, usage, sessions and export show nothing of Bob") {
        const HttpResponse changes = api::changesPage(a, {});
        CHECK_STATUS(changes, 200);
        CHECK(changes.json().value(str("changes")).toArray().isEmpty());
        noLeak(changes);
        const HttpResponse withBobsCursor = api::changesPage(a, bobCursor);
        CHECK((withBobsCursor.status == 200 || withBobsCursor.status == 400 || withBobsCursor.status == 410));
        CHECK(withBobsCursor.json().value(str("changes")).toArray().isEmpty());
        noLeak(withBobsCursor);

        const HttpResponse usage = a.get(str("/v1/account/usage"));
        CHECK_STATUS(usage, 200);
        for (const char* counter : {"items", "revisions", "bytes", "purged_items"})
            CHECK(usage.json().value(str(counter)).toInteger() == 0);
        CHECK(usage.json().value(str("sessions")).toInteger() == 1);

        const HttpResponse sessions = a.get(str("/v1/sessions"));
        CHECK_STATUS(sessions, 200);
        CHECK(sessions.json().value(str("sessions")).toArray().size() == 1);
        noLeak(sessions);
        const HttpResponse account = a.get(str("/v1/account"));
        CHECK_STATUS(account, 200);
        noLeak(account);
        const HttpResponse exported = a.get(str("/v1/account/export"));
        CHECK_STATUS(exported, 200);
        noLeak(exported);
    }
    SECTION("revoking Bob's sessions by id answers not found and they keep working") {
        for (const QString& id : {bob.account.sessionId, bobPhone.account.sessionId}) {
            const HttpResponse onBob = a.del(str("/v1/sessions/") + id);
            CHECK_STATUS(onBob, 404);
            requireSameAnswer(onBob, a.del(str("/v1/sessions/") + QString(32, QLatin1Char('a'))));
            noLeak(onBob);
        }
    }
    SECTION("Bob's password does not delete or change anything through Alice's session") {
        CHECK_STATUS(a.del(str("/v1/account"), QJsonObject{{str("current_password"), bob.account.serverPassword}}),
                     401);
        const QJsonObject patch{{str("current_password"), bob.account.serverPassword},
                                {str("server_password"), api::randomServerPassword()},
                                {str("kdf"), bob.account.kdf},
                                {str("wrapped_key"), str("stolen")}};
        CHECK_STATUS(a.patch(str("/v1/account"), patch), 401);
        CHECK_STATUS(a.del(str("/v1/sessions/all")), 204); // ends Alice's sessions only
    }

    // Whatever Alice did, Bob's data and sessions are exactly as he left them.
    const HttpResponse bobRevisions = bobPhone.client->get(str("/v1/items/") + bobItem + str("/revisions"));
    REQUIRE_STATUS(bobRevisions, 200);
    CHECK(bobRevisions.json().value(str("head_rev")).toInteger() == 2);
    const HttpResponse bobHead = bob.client->get(str("/v1/items/") + bobItem + str("/revisions/2"));
    REQUIRE_STATUS(bobHead, 200);
    CHECK(bobHead.json().value(str("envelope")).toString() == bobEnvelope2);
    const api::Pull bobPull = pullAll(*bob.client);
    CHECK(bobPull.changes.size() == 2);
    CHECK(pullAll(*bob.client, bobCursor).changes.empty());
    CHECK_STATUS(bob.client->get(str("/v1/sessions")), 200);
}

TEST_CASE("every account endpoint refuses a request without a valid token", "[server][isolation]") {
    ServerFixture server;
    Device bob = newAccount(server, str("bob@example.org"));
    const QString item = api::newUuid();
    pushResults(*bob.client, {api::revision(item, 0, api::newUuid(), api::envelopeFor(str("b")))});
    auto anonymous = server.client();
    auto forged = server.client();
    forged->setBearer(bob.account.token + str("x"));

    const std::vector<std::pair<std::string, QString>> endpoints{
        {"GET", str("/v1/sessions")},
        {"DELETE", str("/v1/sessions/current")},
        {"DELETE", str("/v1/sessions/all")},
        {"DELETE", str("/v1/sessions/") + bob.account.sessionId},
        {"GET", str("/v1/account")},
        {"PATCH", str("/v1/account")},
        {"DELETE", str("/v1/account")},
        {"GET", str("/v1/account/usage")},
        {"GET", str("/v1/account/export")},
        {"POST", str("/v1/sync/push")},
        {"GET", str("/v1/sync/changes")},
        {"GET", str("/v1/items/") + item + str("/revisions")},
        {"GET", str("/v1/items/") + item + str("/revisions/1")},
        {"DELETE", str("/v1/items/") + item},
    };
    for (const auto& [method, path] : endpoints) {
        for (HttpsClient* client : {anonymous.get(), forged.get()}) {
            INFO(method << " " << path.toStdString());
            const bool withBody = method == "POST" || method == "PATCH";
            const HttpResponse response = client->request(method, path, withBody ? QByteArray("{}") : QByteArray(),
                                                          {{"Content-Type", "application/json"}}, withBody);
            CHECK_STATUS(response, 401);
            CHECK(response.header("www-authenticate").startsWith(str("Bearer")));
            CHECK(response.header("content-type").startsWith(str("application/problem+json")));
        }
    }
    CHECK_STATUS(bob.client->get(str("/v1/account")), 200);
    CHECK(pullAll(*bob.client).changes.size() == 1);
}
