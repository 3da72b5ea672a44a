// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include <QJsonArray>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

using namespace selftrack::server::test;

namespace {

// 500 revisions of 16 KiB each (8 MiB): a push the server needs a while to parse and commit.
QJsonArray bigBatch(const QString& marker) {
    QJsonArray batch;
    const QString padding(16 * 1024, QLatin1Char('x'));
    for (int i = 0; i < 500; ++i)
        batch.append(api::revision(api::newUuid(), 0, api::newUuid(), api::envelopeFor(marker) + padding));
    return batch;
}

std::set<QString> itemIds(const QJsonArray& batch) {
    std::set<QString> ids;
    for (const QJsonValue revision : batch)
        ids.insert(revision.toObject().value(str("item_id")).toString());
    return ids;
}

} // namespace

TEST_CASE("a server killed with SIGKILL mid-push shows no partial batch after restart and the retry succeeds",
          "[server][crash]") {
    ServerFixture server;
    Device device = newAccount(server, str("ada@example.org"));
    std::set<QString> expected;

    // Kill points relative to the upload of the 8 MiB body: halfway through it, and 0 to 400 ms after
    // its last byte left (while the server parses, validates, commits or answers). The assertions
    // hold for every one of them; the points only make it likely that each phase is hit.
    struct KillPoint {
        bool afterFullUpload;
        int delayMs;
    };
    const KillPoint killPoints[] = {{false, 0}, {true, 0},   {true, 10},  {true, 30},
                                    {true, 60}, {true, 120}, {true, 250}, {true, 400}};
    for (const KillPoint& point : killPoints) {
        INFO("kill " << (point.afterFullUpload ? "after the upload" : "halfway through the upload") << " + "
                     << point.delayMs << " ms");
        const QJsonArray batch = bigBatch(QString::number(point.delayMs)); // new items every round
        const std::set<QString> ids = itemIds(batch);
        const QString cursor = pullAll(*device.client).cursor;
        HttpResponse inFlight;
        std::atomic<bool> reached{false};
        std::atomic<bool> finished{false};
        std::thread pusher([&] {
            HttpsClient client(server.baseUrl(), server.caFile());
            client.setBearer(device.account.token);
            client.setUploadProgress([&](long long sent, long long total) {
                if (total > 0 && (point.afterFullUpload ? sent >= total : sent * 2 >= total))
                    reached = true;
            });
            inFlight = api::push(client, batch);
            finished = true;
        });
        while (!reached && !finished)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(point.delayMs));
        server.kill();
        pusher.join();
        server.start();

        const auto pulled = pullAll(*device.client, cursor);
        std::size_t visible = 0;
        for (const QJsonObject& change : pulled.changes)
            visible += ids.count(change.value(str("item_id")).toString());
        INFO("in-flight push: " << inFlight.describe().substr(0, 300));
        // All or nothing, and an acknowledged batch is never lost.
        CHECK((visible == 0 || visible == ids.size()));
        if (inFlight.status == 200)
            CHECK(visible == ids.size());

        // The client retries the same batch: replayed or applied, never a conflict.
        const QJsonArray results = pushResults(*device.client, batch);
        for (const QJsonValue result : results) {
            const QString status = result.toObject().value(str("status")).toString();
            REQUIRE((status == str("accepted") || status == str("duplicate")));
            REQUIRE(status == (visible == 0 ? str("accepted") : str("duplicate")));
        }
        expected.insert(ids.begin(), ids.end());
        CHECK(pullAll(*device.client, cursor).changes.size() == ids.size());
    }
    // After all the kills, every seq appears once and the store is consistent.
    const auto final = pullAll(*device.client, {}, 1000);
    std::set<qint64> seqs;
    for (const QJsonObject& change : final.changes)
        seqs.insert(change.value(str("seq")).toInteger());
    CHECK(seqs.size() == final.changes.size());
    CHECK(final.changes.size() == expected.size());
}

TEST_CASE("SIGTERM lets an in-flight push finish and the server exits cleanly", "[server][crash]") {
    ServerFixture server;
    Device device = newAccount(server, str("ada@example.org"));
    const QJsonArray batch = bigBatch(str("term"));
    HttpResponse inFlight;
    std::atomic<bool> uploaded{false};
    std::atomic<bool> finished{false};
    std::thread pusher([&] {
        HttpsClient client(server.baseUrl(), server.caFile());
        client.setBearer(device.account.token);
        client.setUploadProgress([&](long long sent, long long total) {
            if (total > 0 && sent >= total)
                uploaded = true;
        });
        inFlight = api::push(client, batch);
        finished = true;
    });
    // The whole request reached the server: it is in flight when SIGTERM arrives.
    while (!uploaded && !finished)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    CHECK(server.stop() == 0);
    pusher.join();
    CHECK_STATUS(inFlight, 200);
    server.start();
    CHECK(pullAll(*device.client).changes.size() == 500);
}
