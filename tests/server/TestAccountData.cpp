// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include <QJsonArray>
#include <QSet>

using namespace selftrack::server::test;

namespace {

struct Footprint {
    std::vector<QString> identifiers; // what the store keeps of the account (ids, envelopes, tombstone)
    std::vector<QString> purged;      // rev id and envelope of the purged item: gone from the store
};

// Pushes a few items with history, trashes one, purges one; returns all ids and envelopes used.
Footprint makeHistory(HttpsClient& client, const QString& marker) {
    Footprint footprint;
    const QString kept = api::newUuid();
    const QString trashed = api::newUuid();
    const QString purged = api::newUuid();
    QJsonArray first;
    for (const QString& item : {kept, trashed, purged}) {
        const QString revId = api::newUuid();
        const QString envelope = api::envelopeFor(marker);
        first.append(api::revision(item, 0, revId, envelope));
        footprint.identifiers.push_back(item);
        auto& bucket = item == purged ? footprint.purged : footprint.identifiers;
        bucket.insert(bucket.end(), {revId, envelope});
    }
    pushResults(client, first);
    const QString revId = api::newUuid();
    const QString envelope = api::envelopeFor(marker);
    const QString trashRevId = api::newUuid();
    const QString trashEnvelope = api::envelopeFor(marker);
    pushResults(client,
                {api::revision(kept, 1, revId, envelope), api::revision(trashed, 1, trashRevId, trashEnvelope, true)});
    footprint.identifiers.insert(footprint.identifiers.end(), {revId, envelope, trashRevId, trashEnvelope});
    const HttpResponse purge = client.del(str("/v1/items/") + purged);
    REQUIRE_STATUS(purge, 200);
    return footprint;
}

std::map<QString, std::size_t> rowCounts(const TableDump& dump) {
    std::map<QString, std::size_t> counts;
    for (const auto& [table, rows] : dump)
        counts[table] = rows.size();
    return counts;
}

TableDump requireDump(const ServerFixture& server) {
    auto dump = server.dumpDatabase();
    if (!dump)
        FAIL(dump.error().toStdString());
    return *dump;
}

} // namespace

TEST_CASE("deleting an account leaves no row of it in any table and leaves other accounts intact",
          "[server][accounts][deletion]") {
    ServerFixture server;
    Device bob = newAccount(server, str("bob@example.org"));
    const Footprint bobData = makeHistory(*bob.client, str("bob"));
    // Row counts with Bob alone, after his request counters reached the store.
    server.stop();
    const TableDump before = requireDump(server);
    server.start();

    Device ada = newAccount(server, str("ada@example.org"));
    Device adaPhone = anotherDevice(server, ada.account, str("phone"));
    Footprint adaData = makeHistory(*ada.client, str("ada"));
    adaData.identifiers.insert(adaData.identifiers.end(),
                               {ada.account.email, ada.account.sessionId, adaPhone.account.sessionId});
    const QString adaWrappedKey = ada.client->get(str("/v1/account")).json().value(str("wrapped_key")).toString();
    adaData.identifiers.push_back(adaWrappedKey);
    CHECK_STATUS(ada.client->get(str("/v1/account/usage")), 200);

    const HttpResponse refused =
        ada.client->del(str("/v1/account"), QJsonObject{{str("current_password"), api::randomServerPassword()}});
    CHECK_STATUS(refused, 401);
    const HttpResponse deleted =
        ada.client->del(str("/v1/account"), QJsonObject{{str("current_password"), ada.account.serverPassword}});
    REQUIRE_STATUS(deleted, 204);

    CHECK_STATUS(ada.client->get(str("/v1/account")), 401);
    CHECK_STATUS(adaPhone.client->get(str("/v1/sync/changes")), 401);
    auto client = server.client();
    CHECK_STATUS(api::login(*client, ada.account.email, ada.account.serverPassword), 401);

    // Stop so that nothing buffered (request counters) can be written after we look.
    CHECK(server.stop() == 0);
    const TableDump after = requireDump(server);
    adaData.identifiers.insert(adaData.identifiers.end(), adaData.purged.begin(), adaData.purged.end());
    for (const QString& identifier : adaData.identifiers) {
        INFO("Ada's " << identifier.toStdString());
        const auto rows = rowsContaining(after, identifier.toUtf8());
        for (const QString& row : rows)
            UNSCOPED_INFO(row.toStdString());
        CHECK(rows.empty());
    }
    // Integer-keyed rows (counters, sessions) carry no text of hers: every table is back to Bob's rows.
    CHECK(rowCounts(after) == rowCounts(before));
    for (const QString& identifier : bobData.identifiers) {
        INFO("Bob's " << identifier.toStdString());
        CHECK_FALSE(rowsContaining(after, identifier.toUtf8()).empty());
    }

    server.start();
    CHECK(pullAll(*bob.client).changes.size() == 3);
    // The address is free again.
    CHECK(newAccount(server, str("ada@example.org")).account.token != ada.account.token);
}

TEST_CASE("the export holds the account, every session, revision, tombstone and counter, and no secret",
          "[server][accounts][export]") {
    ServerFixture server;
    Device laptop = newAccount(server, str("ada@example.org"));
    Device phone = anotherDevice(server, laptop.account, str("phone"));
    const Footprint data = makeHistory(*laptop.client, str("ada"));
    const api::Pull pull = pullAll(*phone.client);
    server.stop(); // request counters reach the store
    server.start();

    const HttpResponse exported = laptop.client->get(str("/v1/account/export"));
    REQUIRE_STATUS(exported, 200);
    CHECK(exported.header("content-type").startsWith(str("application/json")));
    const QJsonObject document = exported.json();
    REQUIRE_FALSE(document.isEmpty());
    CHECK(document.value(str("format")).toString() == str("selftrack-server-export"));
    CHECK(document.value(str("version")).toInteger() == 1);

    const QJsonObject account = document.value(str("account")).toObject();
    CHECK(account.value(str("email")).toString() == str("ada@example.org"));
    CHECK(account.value(str("kdf")).toObject() == laptop.account.kdf);
    qint64 highestSeq = 0;
    for (const QJsonObject& change : pull.changes)
        highestSeq = std::max(highestSeq, change.value(str("seq")).toInteger());
    CHECK(account.value(str("seq_head")).toInteger() == highestSeq);

    QSet<QString> sessionIds;
    for (const QJsonValue session : document.value(str("sessions")).toArray())
        sessionIds.insert(session.toObject().value(str("id")).toString());
    CHECK(sessionIds == QSet<QString>{laptop.account.sessionId, phone.account.sessionId});

    // Every revision pushed for the items that still exist: 3 + 2 minus the purged item's one.
    const QJsonArray revisions = document.value(str("revisions")).toArray();
    CHECK(revisions.size() == 4);
    QSet<QString> exportedText;
    for (const QJsonValue revision : revisions) {
        const QJsonObject object = revision.toObject();
        for (const char* field : {"item_id", "rev_id", "envelope"})
            exportedText.insert(object.value(str(field)).toString());
        CHECK(object.value(str("size")).toInteger() == object.value(str("envelope")).toString().toUtf8().size());
    }
    for (const QJsonValue tombstone : document.value(str("tombstones")).toArray())
        exportedText.insert(tombstone.toObject().value(str("item_id")).toString());
    for (const QString& identifier : data.identifiers) {
        INFO(identifier.toStdString());
        CHECK(exportedText.contains(identifier));
    }
    for (const QString& identifier : data.purged)
        CHECK_FALSE(exported.body.contains(identifier.toUtf8()));

    const QJsonArray tombstones = document.value(str("tombstones")).toArray();
    REQUIRE(tombstones.size() == 1);
    const QJsonObject purgeChange = pull.changes.back();
    CHECK(purgeChange.value(str("type")).toString() == str("purged"));
    CHECK(tombstones[0].toObject().value(str("item_id")) == purgeChange.value(str("item_id")));
    CHECK(tombstones[0].toObject().value(str("seq")) == purgeChange.value(str("seq")));

    const QJsonArray counters = document.value(str("request_counts")).toArray();
    REQUIRE_FALSE(counters.isEmpty());
    CHECK(counters[0].toObject().value(str("count")).toInteger() > 0);

    for (const QString& secret : {laptop.account.token, phone.account.token, laptop.account.serverPassword})
        CHECK_FALSE(exported.body.contains(secret.toUtf8()));
    CHECK_FALSE(exported.body.contains("$argon2")); // the password verifier (PHC string)
    CHECK_FALSE(exported.body.contains("token"));
}
