// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"
#include "harness/ServerProcess.h"
#include "harness/TestCa.h"

#include <QJsonArray>

#include <algorithm>
#include <set>
#include <thread>
#include <vector>

using namespace selftrack::server::test;

namespace {

// A second selftrack-server process on the fixture's PostgreSQL database (its own data dir and port).
// `rateArguments` replace the default of every rate limit off.
std::unique_ptr<ServerProcess> secondServer(const ServerFixture& first, const QTemporaryDir& dir,
                                            const QStringList& rateArguments = {str("--rate-auth-ip"), str("0"),
                                                                                str("--rate-auth-email"), str("0"),
                                                                                str("--rate-token"), str("0")}) {
    const TestCa& ca = TestCa::shared();
    QStringList arguments{str("--data-dir"), dir.path(),        str("--database"),      first.databaseUrl(),
                          str("--cert"),     ca.serverCertPath, str("--key"),           ca.serverKeyPath,
                          str("--threads"),  str("4"),          str("--server-argon2"), str("1024:1:1")};
    arguments += rateArguments;
    auto process = std::make_unique<ServerProcess>(
        ServerProcess::Options{str(SELFTRACK_SERVER_BINARY), arguments, {}, dir.filePath(str("server.log"))});
    auto started = process->start(first.caFile());
    if (!started)
        FAIL(started.error().toStdString());
    return process;
}

std::unique_ptr<HttpsClient> clientFor(const QString& baseUrl, const QString& caFile, const QString& token) {
    auto client = std::make_unique<HttpsClient>(baseUrl, caFile);
    client->setBearer(token);
    return client;
}

} // namespace

TEST_CASE("two server processes on one PostgreSQL database serve the same accounts with one contiguous seq",
          "[server][scaleout]") {
    if (backendUnderTest() != Backend::Postgres) {
        SUCCEED("scale-out needs the shared PostgreSQL backend");
        return;
    }
    ServerFixture serverA;
    QTemporaryDir dirB;
    REQUIRE(dirB.isValid());
    auto serverB = secondServer(serverA, dirB);
    const QString urlA = serverA.baseUrl();
    const QString urlB = serverB->baseUrl();
    REQUIRE(urlA != urlB);

    // Auth params agree across processes (shared server secret): no enumeration by comparing them.
    HttpsClient anonymousA(urlA, serverA.caFile());
    HttpsClient anonymousB(urlB, serverA.caFile());
    CHECK(api::authParams(anonymousA, str("nobody@example.org")).body ==
          api::authParams(anonymousB, str("nobody@example.org")).body);

    // Register on A, log in on B; each token works on both.
    Device laptop = newAccount(serverA, str("ada@example.org"));
    HttpsClient phoneB(urlB, serverA.caFile());
    auto phone = api::loginAgain(phoneB, laptop.account, str("phone"));
    REQUIRE(phone.has_value());
    CHECK_STATUS(clientFor(urlB, serverA.caFile(), laptop.account.token)->get(str("/v1/account")), 200);
    CHECK_STATUS(clientFor(urlA, serverA.caFile(), phone->token)->get(str("/v1/account")), 200);

    // Two devices push concurrently, each alternating between A and B.
    constexpr int kRounds = 20;
    constexpr int kBatch = 5;
    struct Pushed {
        std::set<QString> items;
        std::vector<qint64> seqs;
        std::vector<std::string> failures;
    };
    std::vector<Pushed> pushed(2);
    const QString tokens[2] = {laptop.account.token, phone->token};
    std::vector<std::thread> threads;
    threads.reserve(2);
    for (int device = 0; device < 2; ++device) {
        threads.emplace_back([&, device] {
            auto viaA = clientFor(urlA, serverA.caFile(), tokens[device]);
            auto viaB = clientFor(urlB, serverA.caFile(), tokens[device]);
            for (int round = 0; round < kRounds; ++round) {
                HttpsClient& client = (round + device) % 2 == 0 ? *viaA : *viaB;
                QJsonArray batch;
                for (int i = 0; i < kBatch; ++i) {
                    const QString item = api::newUuid();
                    batch.append(api::revision(item, 0, api::newUuid(), api::envelopeFor(item)));
                    pushed[device].items.insert(item);
                }
                const HttpResponse response = api::push(client, batch);
                if (response.status != 200) {
                    pushed[device].failures.push_back(response.describe());
                    continue;
                }
                for (const QJsonValue result : response.json().value(str("results")).toArray()) {
                    const QJsonObject object = result.toObject();
                    if (object.value(str("status")).toString() != str("accepted"))
                        pushed[device].failures.push_back(toJson(object).toStdString());
                    pushed[device].seqs.push_back(object.value(str("seq")).toInteger());
                }
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (const Pushed& device : pushed) {
        for (const std::string& failure : device.failures)
            FAIL_CHECK(failure);
        CHECK(device.seqs.size() == kRounds * kBatch);
    }

    std::set<QString> allItems = pushed[0].items;
    allItems.insert(pushed[1].items.begin(), pushed[1].items.end());
    std::set<qint64> acknowledged(pushed[0].seqs.begin(), pushed[0].seqs.end());
    acknowledged.insert(pushed[1].seqs.begin(), pushed[1].seqs.end());
    CHECK(acknowledged.size() == 2 * kRounds * kBatch); // no seq handed out twice

    // Pull from either server, in small pages: the same changes, every item, seqs contiguous.
    for (const QString& url : {urlA, urlB}) {
        INFO("pull from " << url.toStdString());
        auto client = clientFor(url, serverA.caFile(), laptop.account.token);
        const api::Pull pull = pullAll(*client, {}, 17);
        std::set<QString> items;
        std::vector<qint64> seqs;
        for (const QJsonObject& change : pull.changes) {
            items.insert(change.value(str("item_id")).toString());
            seqs.push_back(change.value(str("seq")).toInteger());
        }
        CHECK(items == allItems);
        REQUIRE(seqs.size() == allItems.size());
        CHECK(std::is_sorted(seqs.begin(), seqs.end()));
        CHECK(std::set<qint64>(seqs.begin(), seqs.end()) == acknowledged);
        CHECK(seqs.back() - seqs.front() + 1 == static_cast<qint64>(seqs.size()));
    }

    SECTION("a stale base_rev is a conflict even when the newer revision went through the other server") {
        auto laptopA = clientFor(urlA, serverA.caFile(), laptop.account.token);
        auto phoneViaB = clientFor(urlB, serverA.caFile(), phone->token);
        const QString item = api::newUuid();
        const QJsonArray created =
            pushResults(*laptopA, QJsonArray{api::revision(item, 0, api::newUuid(), api::envelopeFor(str("v1")))});
        REQUIRE(created[0].toObject().value(str("rev")).toInteger() == 1);
        const QJsonArray second =
            pushResults(*laptopA, QJsonArray{api::revision(item, 1, api::newUuid(), api::envelopeFor(str("v2")))});
        CHECK(second[0].toObject().value(str("status")).toString() == str("accepted"));
        const QJsonArray stale =
            pushResults(*phoneViaB, QJsonArray{api::revision(item, 1, api::newUuid(), api::envelopeFor(str("v2b")))});
        const QJsonObject conflict = stale[0].toObject();
        CHECK(conflict.value(str("status")).toString() == str("conflict"));
        CHECK(conflict.value(str("current")).toObject().value(str("rev")).toInteger() == 2);

        // Racing pushes of the same base_rev through A and B: exactly one wins each time.
        qint64 head = 2;
        for (int race = 0; race < 10; ++race) {
            // No assertions on the pushing threads (Catch is not thread-safe): check after the join.
            HttpResponse responses[2];
            std::thread viaA([&] {
                responses[0] = api::push(
                    *laptopA, QJsonArray{api::revision(item, head, api::newUuid(), api::envelopeFor(str("a")))});
            });
            std::thread viaB([&] {
                responses[1] = api::push(
                    *phoneViaB, QJsonArray{api::revision(item, head, api::newUuid(), api::envelopeFor(str("b")))});
            });
            viaA.join();
            viaB.join();
            QJsonObject results[2];
            for (int i = 0; i < 2; ++i) {
                REQUIRE_STATUS(responses[i], 200);
                results[i] = responses[i].json().value(str("results")).toArray().at(0).toObject();
            }
            int accepted = 0;
            for (const QJsonObject& result : results) {
                const QString status = result.value(str("status")).toString();
                INFO(toJson(result).toStdString());
                CHECK((status == str("accepted") || status == str("conflict")));
                if (status == str("accepted")) {
                    ++accepted;
                    CHECK(result.value(str("rev")).toInteger() == head + 1);
                } else {
                    CHECK(result.value(str("current")).toObject().value(str("rev")).toInteger() == head + 1);
                }
            }
            CHECK(accepted == 1);
            ++head;
        }
        const HttpResponse revisions = laptopA->get(str("/v1/items/") + item + str("/revisions"));
        REQUIRE_STATUS(revisions, 200);
        CHECK(revisions.json().value(str("revisions")).toArray().size() == head);
    }
}

TEST_CASE("the auth limits hold across server processes on one PostgreSQL database", "[server][scaleout][ratelimit]") {
    if (backendUnderTest() != Backend::Postgres) {
        SUCCEED("scale-out needs the shared PostgreSQL backend");
        return;
    }
    const QStringList limits{str("--rate-auth-email"), str("4"), str("--rate-auth-ip"), str("0"),
                             str("--rate-token"),      str("0")};
    ServerFixture serverA(ServerFixture::Config{limits, true});
    QTemporaryDir dirB;
    REQUIRE(dirB.isValid());
    auto serverB = secondServer(serverA, dirB, limits);
    HttpsClient clientA(serverA.baseUrl(), serverA.caFile());
    HttpsClient clientB(serverB->baseUrl(), serverA.caFile());

    // Guesses alternate between the two servers: together they get the one budget of 4, not 4 each.
    HttpResponse limited;
    int attempts = 0;
    while (attempts < 12) {
        HttpsClient& client = attempts % 2 == 0 ? clientA : clientB;
        ++attempts;
        limited = api::login(client, str("ada@example.org"), api::randomServerPassword());
        if (limited.status != 401)
            break;
    }
    REQUIRE_STATUS(limited, 429);
    CHECK(attempts == 5);
    CHECK(limited.header("retry-after").toInt() >= 1);
    CHECK_STATUS(api::login(clientA, str("ada@example.org"), api::randomServerPassword()), 429);
    CHECK_STATUS(api::login(clientB, str("ada@example.org"), api::randomServerPassword()), 429);
    CHECK_STATUS(api::login(clientB, str("bob@example.org"), api::randomServerPassword()), 401);
}
