// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include <QJsonArray>

#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace selftrack::server::test;

namespace {

struct Pushed {
    QString itemId;
    QString revId;
    QString envelope;
    qint64 rev = 0;
    qint64 seq = 0;
};

// Pushes `count` new items in batches of at most 500; REQUIREs every one accepted.
std::vector<Pushed> pushNewItems(HttpsClient& client, int count, const QString& marker = str("item")) {
    std::vector<Pushed> pushed;
    while (static_cast<int>(pushed.size()) < count) {
        QJsonArray batch;
        std::vector<Pushed> pending;
        for (int i = 0; i < 500 && static_cast<int>(pushed.size() + pending.size()) < count; ++i) {
            Pushed item{api::newUuid(), api::newUuid(), api::envelopeFor(marker), 0, 0};
            batch.append(api::revision(item.itemId, 0, item.revId, item.envelope));
            pending.push_back(item);
        }
        const QJsonArray results = pushResults(client, batch);
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results[i].toObject();
            INFO(QJsonDocument(result).toJson().toStdString());
            REQUIRE(result.value(str("status")).toString() == str("accepted"));
            pending[i].rev = result.value(str("rev")).toInteger();
            pending[i].seq = result.value(str("seq")).toInteger();
            pushed.push_back(pending[i]);
        }
    }
    return pushed;
}

std::map<QString, QJsonObject> byItem(const std::vector<QJsonObject>& changes) {
    std::map<QString, QJsonObject> items;
    for (const QJsonObject& change : changes)
        items[change.value(str("item_id")).toString()] = change;
    return items;
}

void requireAscendingSeqs(const std::vector<QJsonObject>& changes) {
    for (std::size_t i = 1; i < changes.size(); ++i)
        REQUIRE(changes[i].value(str("seq")).toInteger() > changes[i - 1].value(str("seq")).toInteger());
}

} // namespace

TEST_CASE("pushed revisions come back on pull with their envelopes, revs and seqs, on every device", "[server][sync]") {
    ServerFixture server;
    Device laptop = newAccount(server, str("ada@example.org"));
    Device phone = anotherDevice(server, laptop.account, str("phone"));

    const std::vector<Pushed> pushed = pushNewItems(*laptop.client, 3);
    CHECK(pushed[0].rev == 1);
    CHECK(pushed[0].seq >= 1);
    CHECK(pushed[1].seq > pushed[0].seq);
    CHECK(pushed[2].seq > pushed[1].seq);

    for (Device* device : {&laptop, &phone}) {
        const api::Pull pull = pullAll(*device->client);
        REQUIRE(pull.changes.size() == 3);
        requireAscendingSeqs(pull.changes);
        for (std::size_t i = 0; i < pushed.size(); ++i) {
            const QJsonObject& change = pull.changes[i];
            CHECK(change.value(str("type")).toString() == str("item"));
            CHECK(change.value(str("item_id")).toString() == pushed[i].itemId);
            CHECK(change.value(str("rev_id")).toString() == pushed[i].revId);
            CHECK(change.value(str("envelope")).toString() == pushed[i].envelope);
            CHECK(change.value(str("rev")).toInteger() == 1);
            CHECK(change.value(str("seq")).toInteger() == pushed[i].seq);
            CHECK(change.value(str("deleted")).toBool() == false);
        }
    }

    const QString cursor = pullAll(*phone.client).cursor;
    const QString secondEnvelope = api::envelopeFor(str("second"));
    const QString secondRevId = api::newUuid();
    const QJsonArray update = pushResults(
        *laptop.client, {api::revision(pushed[0].itemId, 1, secondRevId, secondEnvelope),
                         api::revision(pushed[1].itemId, 1, api::newUuid(), api::envelopeFor(str("trash")), true)});
    CHECK(update[0].toObject().value(str("status")).toString() == str("accepted"));
    CHECK(update[0].toObject().value(str("rev")).toInteger() == 2);
    CHECK(update[1].toObject().value(str("rev")).toInteger() == 2);

    const api::Pull delta = pullAll(*phone.client, cursor);
    REQUIRE(delta.changes.size() == 2);
    CHECK(delta.changes[0].value(str("item_id")).toString() == pushed[0].itemId);
    CHECK(delta.changes[0].value(str("envelope")).toString() == secondEnvelope);
    CHECK(delta.changes[1].value(str("deleted")).toBool() == true);
    CHECK(pullAll(*phone.client, delta.cursor).changes.empty());
    // From the beginning: one head per item, not every revision.
    const auto heads = byItem(pullAll(*phone.client).changes);
    REQUIRE(heads.size() == 3);
    CHECK(heads.at(pushed[0].itemId).value(str("rev")).toInteger() == 2);

    const HttpResponse revisions = phone.client->get(str("/v1/items/") + pushed[0].itemId + str("/revisions"));
    REQUIRE_STATUS(revisions, 200);
    CHECK(revisions.json().value(str("head_rev")).toInteger() == 2);
    const QJsonArray list = revisions.json().value(str("revisions")).toArray();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject().value(str("rev_id")).toString() == pushed[0].revId);
    CHECK(list[1].toObject().value(str("rev_id")).toString() == secondRevId);
    CHECK(list[0].toObject().value(str("size")).toInteger() == pushed[0].envelope.toUtf8().size());

    const HttpResponse firstPage = phone.client->get(str("/v1/items/") + pushed[0].itemId + str("/revisions?limit=1"));
    REQUIRE_STATUS(firstPage, 200);
    CHECK(firstPage.json().value(str("revisions")).toArray().size() == 1);
    CHECK(firstPage.json().value(str("has_more")).toBool());
    const HttpResponse secondPage =
        phone.client->get(str("/v1/items/") + pushed[0].itemId + str("/revisions?after=1&limit=1"));
    REQUIRE_STATUS(secondPage, 200);
    REQUIRE(secondPage.json().value(str("revisions")).toArray().size() == 1);
    CHECK(secondPage.json().value(str("revisions")).toArray()[0].toObject().value(str("rev")).toInteger() == 2);
    CHECK_FALSE(secondPage.json().value(str("has_more")).toBool());

    const HttpResponse first = phone.client->get(str("/v1/items/") + pushed[0].itemId + str("/revisions/1"));
    REQUIRE_STATUS(first, 200);
    CHECK(first.json().value(str("envelope")).toString() == pushed[0].envelope);
    CHECK_STATUS(phone.client->get(str("/v1/items/") + pushed[0].itemId + str("/revisions/3")), 404);
}

TEST_CASE("replaying a push returns the stored results and writes nothing new", "[server][sync]") {
    ServerFixture server;
    Device device = newAccount(server, str("ada@example.org"));
    const QJsonArray batch{api::revision(api::newUuid(), 0, api::newUuid(), api::envelopeFor(str("a"))),
                           api::revision(api::newUuid(), 0, api::newUuid(), api::envelopeFor(str("b")))};
    const QJsonArray first = pushResults(*device.client, batch);

    for (int replay = 0; replay < 2; ++replay) {
        const QJsonArray again = pushResults(*device.client, batch);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const QJsonObject result = again[i].toObject();
            CHECK(result.value(str("status")).toString() == str("duplicate"));
            CHECK(result.value(str("rev")) == first[i].toObject().value(str("rev")));
            CHECK(result.value(str("seq")) == first[i].toObject().value(str("seq")));
        }
    }
    const QString itemId = batch[0].toObject().value(str("item_id")).toString();
    CHECK(pullAll(*device.client).changes.size() == 2);
    const HttpResponse usage = device.client->get(str("/v1/account/usage"));
    REQUIRE_STATUS(usage, 200);
    CHECK(usage.json().value(str("revisions")).toInteger() == 2);
    CHECK(usage.json().value(str("items")).toInteger() == 2);

    SECTION("a replay after the item moved on still answers the original result") {
        pushResults(*device.client, {api::revision(itemId, 1, api::newUuid(), api::envelopeFor(str("c")))});
        const QJsonObject replayed = pushResults(*device.client, {batch[0]})[0].toObject();
        CHECK(replayed.value(str("status")).toString() == str("duplicate"));
        CHECK(replayed.value(str("rev")).toInteger() == 1);
        CHECK(replayed.value(str("seq")) == first[0].toObject().value(str("seq")));
    }
    SECTION("a rev_id reused for another item is rejected") {
        const QString reusedRevId = batch[0].toObject().value(str("rev_id")).toString();
        const QJsonObject rejected =
            pushResults(*device.client, {api::revision(api::newUuid(), 0, reusedRevId, api::envelopeFor(str("d")))})[0]
                .toObject();
        CHECK(rejected.value(str("status")).toString() == str("rejected"));
        CHECK(pullAll(*device.client).changes.size() == 2);
    }
}

TEST_CASE("a push on a stale base_rev is a conflict carrying the current head and writes nothing", "[server][sync]") {
    ServerFixture server;
    Device laptop = newAccount(server, str("ada@example.org"));
    Device phone = anotherDevice(server, laptop.account, str("phone"));
    const Pushed item = pushNewItems(*laptop.client, 1)[0];
    const Pushed other = pushNewItems(*laptop.client, 1)[0];

    const QString laptopEnvelope = api::envelopeFor(str("laptop edit"));
    const QString laptopRevId = api::newUuid();
    pushResults(*laptop.client, {api::revision(item.itemId, 1, laptopRevId, laptopEnvelope)});

    const QString phoneEnvelope = api::envelopeFor(str("phone edit"));
    const QJsonArray results =
        pushResults(*phone.client, {api::revision(other.itemId, 1, api::newUuid(), api::envelopeFor(str("fine"))),
                                    api::revision(item.itemId, 1, api::newUuid(), phoneEnvelope)});
    CHECK(results[0].toObject().value(str("status")).toString() == str("accepted"));
    const QJsonObject conflict = results[1].toObject();
    REQUIRE(conflict.value(str("status")).toString() == str("conflict"));
    const QJsonObject current = conflict.value(str("current")).toObject();
    CHECK(current.value(str("rev")).toInteger() == 2);
    CHECK(current.value(str("rev_id")).toString() == laptopRevId);
    CHECK(current.value(str("envelope")).toString() == laptopEnvelope);

    const HttpResponse revisions = phone.client->get(str("/v1/items/") + item.itemId + str("/revisions"));
    REQUIRE_STATUS(revisions, 200);
    CHECK(revisions.json().value(str("revisions")).toArray().size() == 2);
    CHECK_FALSE(revisions.body.contains(phoneEnvelope.toUtf8()));

    // The client merges and pushes on top of the head it was shown.
    const QJsonObject merged =
        pushResults(*phone.client, {api::revision(item.itemId, 2, api::newUuid(), api::envelopeFor(str("merged")))})[0]
            .toObject();
    CHECK(merged.value(str("status")).toString() == str("accepted"));
    CHECK(merged.value(str("rev")).toInteger() == 3);
}

TEST_CASE("paging through more items than a page returns every head exactly once in seq order", "[server][sync]") {
    ServerFixture server;
    Device device = newAccount(server, str("ada@example.org"));
    const std::vector<Pushed> pushed = pushNewItems(*device.client, 1234);

    SECTION("small pages") {
        const api::Pull pull = pullAll(*device.client, {}, 100);
        CHECK(pull.pages == 13);
        REQUIRE(pull.changes.size() == pushed.size());
        requireAscendingSeqs(pull.changes);
        for (std::size_t i = 0; i < pushed.size(); ++i)
            REQUIRE(pull.changes[i].value(str("item_id")).toString() == pushed[i].itemId);
    }
    SECTION("the default page size") {
        const HttpResponse page = api::changesPage(*device.client, {});
        REQUIRE_STATUS(page, 200);
        CHECK(page.json().value(str("changes")).toArray().size() == 500);
        CHECK(page.json().value(str("has_more")).toBool());
        const api::Pull pull = pullAll(*device.client);
        CHECK(pull.pages == 3);
        CHECK(byItem(pull.changes).size() == pushed.size());
    }
}

TEST_CASE("pushes made while another device pages appear on later pages and no change is skipped", "[server][sync]") {
    ServerFixture server;
    Device reader = newAccount(server, str("ada@example.org"));
    Device writer = anotherDevice(server, reader.account, str("writer"));
    std::vector<Pushed> pushed = pushNewItems(*writer.client, 300);

    std::vector<QJsonObject> seen;
    QString cursor;
    auto readPage = [&] {
        const HttpResponse page = api::changesPage(*reader.client, cursor, 7);
        REQUIRE_STATUS(page, 200);
        for (const QJsonValue change : page.json().value(str("changes")).toArray())
            seen.push_back(change.toObject());
        cursor = page.json().value(str("cursor")).toString();
        return page.json().value(str("has_more")).toBool();
    };

    SECTION("interleaved page by page") {
        for (int round = 0; round < 20; ++round) {
            readPage();
            // Updates of items already read and of items not read yet, plus new items.
            const Pushed& early = pushed[static_cast<std::size_t>(round)];
            const Pushed& late = pushed[static_cast<std::size_t>(299 - round)];
            pushResults(*writer.client, {api::revision(early.itemId, 1, api::newUuid(), api::envelopeFor(str("u"))),
                                         api::revision(late.itemId, 1, api::newUuid(), api::envelopeFor(str("u")))});
            const auto added = pushNewItems(*writer.client, 3);
            pushed.insert(pushed.end(), added.begin(), added.end());
        }
        while (readPage()) {
        }
    }
    SECTION("concurrently from another thread") {
        std::atomic<bool> writing{true};
        std::vector<Pushed> added;
        std::thread writerThread([&] {
            HttpsClient client(server.baseUrl(), server.caFile());
            client.setBearer(writer.account.token);
            for (int round = 0; round < 40; ++round) {
                QJsonArray batch;
                std::vector<Pushed> pending;
                for (int i = 0; i < 5; ++i) {
                    pending.push_back({api::newUuid(), api::newUuid(), api::envelopeFor(str("c")), 0, 0});
                    batch.append(
                        api::revision(pending.back().itemId, 0, pending.back().revId, pending.back().envelope));
                }
                const HttpResponse response = api::push(client, batch);
                if (response.status == 200)
                    added.insert(added.end(), pending.begin(), pending.end());
            }
            writing = false;
        });
        while (readPage() || writing.load()) {
        }
        writerThread.join();
        while (readPage()) {
        }
        REQUIRE(added.size() == 200);
        pushed.insert(pushed.end(), added.begin(), added.end());
    }

    requireAscendingSeqs(seen);
    // Every item the writer created reached the reader, each with its latest head.
    const auto finalHeads = byItem(pullAll(*reader.client).changes);
    const auto seenHeads = byItem(seen);
    REQUIRE(finalHeads.size() == pushed.size());
    for (const Pushed& item : pushed) {
        INFO(item.itemId.toStdString());
        REQUIRE(seenHeads.count(item.itemId) == 1);
        CHECK(seenHeads.at(item.itemId).value(str("rev")) == finalHeads.at(item.itemId).value(str("rev")));
    }
}

TEST_CASE("a purge removes every revision and reaches other devices as a tombstone", "[server][sync]") {
    ServerFixture server;
    Device laptop = newAccount(server, str("ada@example.org"));
    Device phone = anotherDevice(server, laptop.account, str("phone"));
    const Pushed purged = pushNewItems(*laptop.client, 1, str("secret diary"))[0];
    const Pushed kept = pushNewItems(*laptop.client, 1)[0];
    pushResults(*laptop.client, {api::revision(purged.itemId, 1, api::newUuid(), api::envelopeFor(str("v2")))});
    const QString phoneCursor = pullAll(*phone.client).cursor;

    const HttpResponse purge = laptop.client->del(str("/v1/items/") + purged.itemId);
    REQUIRE_STATUS(purge, 200);
    const qint64 tombstoneSeq = purge.json().value(str("seq")).toInteger();
    CHECK(purge.json().value(str("item_id")).toString() == purged.itemId);
    CHECK(tombstoneSeq > 0);
    const HttpResponse repeated = laptop.client->del(str("/v1/items/") + purged.itemId);
    REQUIRE_STATUS(repeated, 200);
    CHECK(repeated.json() == purge.json());

    const api::Pull delta = pullAll(*phone.client, phoneCursor);
    REQUIRE(delta.changes.size() == 1);
    CHECK(delta.changes[0].value(str("type")).toString() == str("purged"));
    CHECK(delta.changes[0].value(str("item_id")).toString() == purged.itemId);
    CHECK(delta.changes[0].value(str("seq")).toInteger() == tombstoneSeq);
    CHECK(delta.changes[0].value(str("envelope")).isUndefined());

    const api::Pull full = pullAll(*phone.client);
    REQUIRE(full.changes.size() == 2);
    CHECK(full.changes[0].value(str("item_id")).toString() == kept.itemId);
    CHECK(full.changes[1].value(str("type")).toString() == str("purged"));
    CHECK(full.changes[1].value(str("item_id")).toString() == purged.itemId);

    CHECK_STATUS(phone.client->get(str("/v1/items/") + purged.itemId + str("/revisions")), 404);
    CHECK_STATUS(phone.client->get(str("/v1/items/") + purged.itemId + str("/revisions/1")), 404);
    const QJsonObject gone =
        pushResults(*phone.client, {api::revision(purged.itemId, 2, api::newUuid(), api::envelopeFor(str("late")))})[0]
            .toObject();
    CHECK(gone.value(str("status")).toString() == str("gone"));
    CHECK(gone.value(str("seq")).toInteger() == tombstoneSeq);
    CHECK_STATUS(laptop.client->del(str("/v1/items/") + api::newUuid()), 404);

    const HttpResponse usage = laptop.client->get(str("/v1/account/usage"));
    REQUIRE_STATUS(usage, 200);
    CHECK(usage.json().value(str("items")).toInteger() == 1);
    CHECK(usage.json().value(str("revisions")).toInteger() == 1);
    CHECK(usage.json().value(str("purged_items")).toInteger() == 1);
    CHECK(usage.json().value(str("bytes")).toInteger() == kept.envelope.toUtf8().size());

    const auto dump = server.dumpDatabase();
    REQUIRE(dump.has_value());
    CHECK(rowsContaining(*dump, purged.envelope.toUtf8()).empty());
}

TEST_CASE("retention keeps every revision by default and with N days removes old non-head revisions and tombstones",
          "[server][sync][retention]") {
    ServerFixture server;
    Device device = newAccount(server, str("ada@example.org"));
    const Pushed doomed = pushNewItems(*device.client, 1)[0];
    const QString earlyCursor = pullAll(*device.client).cursor;
    const Pushed item = pushNewItems(*device.client, 1)[0];
    pushResults(*device.client, {api::revision(item.itemId, 1, api::newUuid(), api::envelopeFor(str("2")))});
    const QString headEnvelope = api::envelopeFor(str("3"));
    pushResults(*device.client, {api::revision(item.itemId, 2, api::newUuid(), headEnvelope)});
    REQUIRE_STATUS(device.client->del(str("/v1/items/") + doomed.itemId), 200);
    const QString lateCursor = pullAll(*device.client).cursor;

    // Age everything by ten days directly in the store: the test's stand-in for a clock.
    server.stop();
    constexpr qint64 kTenDaysMs = 10LL * 24 * 3600 * 1000;
    const auto aged =
        server.execSql(QByteArray("UPDATE revisions SET created_at = created_at - ") + QByteArray::number(kTenDaysMs) +
                       "; UPDATE tombstones SET purged_at = purged_at - " + QByteArray::number(kTenDaysMs) + ";");
    REQUIRE(aged.has_value());
    const QString revisionsPath = str("/v1/items/") + item.itemId + str("/revisions");

    SECTION("without a retention period nothing is removed") {
        server.start();
        const HttpResponse revisions = device.client->get(revisionsPath);
        REQUIRE_STATUS(revisions, 200);
        CHECK(revisions.json().value(str("revisions")).toArray().size() == 3);
        CHECK_STATUS(api::changesPage(*device.client, earlyCursor), 200);
    }
    SECTION("with a retention period shorter than their age, old revisions and tombstones go, heads stay") {
        server.start({str("--retention-days"), str("1")});
        const HttpResponse revisions = device.client->get(revisionsPath);
        REQUIRE_STATUS(revisions, 200);
        const QJsonArray list = revisions.json().value(str("revisions")).toArray();
        REQUIRE(list.size() == 1);
        CHECK(list[0].toObject().value(str("rev")).toInteger() == 3);
        CHECK(revisions.json().value(str("head_rev")).toInteger() == 3);
        CHECK_STATUS(device.client->get(revisionsPath + str("/1")), 404);
        const HttpResponse head = device.client->get(revisionsPath + str("/3"));
        REQUIRE_STATUS(head, 200);
        CHECK(head.json().value(str("envelope")).toString() == headEnvelope);

        const HttpResponse stale = api::changesPage(*device.client, earlyCursor);
        CHECK_STATUS(stale, 410);
        CHECK(problemCode(stale) == str("resync-required"));
        CHECK_STATUS(api::changesPage(*device.client, lateCursor), 200);
        const api::Pull full = pullAll(*device.client);
        REQUIRE(full.changes.size() == 1);
        CHECK(full.changes[0].value(str("item_id")).toString() == item.itemId);
        CHECK(full.changes[0].value(str("rev")).toInteger() == 3);
    }
    SECTION("with a retention period longer than their age nothing is removed") {
        server.start({str("--retention-days"), str("30")});
        const HttpResponse revisions = device.client->get(revisionsPath);
        REQUIRE_STATUS(revisions, 200);
        CHECK(revisions.json().value(str("revisions")).toArray().size() == 3);
        CHECK_STATUS(api::changesPage(*device.client, earlyCursor), 200);
    }
}
