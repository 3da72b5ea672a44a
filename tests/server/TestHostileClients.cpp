// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP layer under hostile traffic (the rows of the attack table that belong to the engine):
// every case is bounded in count and size, runs on loopback only, and asserts what the server
// answers, that its memory stays bounded and that a fresh client is still served.
#include "ServerTestSupport.h"
#include "harness/RawConnection.h"

#include <QJsonArray>
#include <QSet>

#include <zlib.h>

#include <chrono>
#include <csignal>
#include <thread>
#include <vector>

using namespace selftrack::server::test;

namespace {

constexpr int kAnswerMs = 30000; // generous: liveness, not speed
#if defined(__SANITIZE_ADDRESS__)
// Under AddressSanitizer every allocation carries redzones and shadow memory, and freed memory waits
// in a quarantine: the measured servers get a small quarantine and the memory bounds count double.
constexpr long kMemoryFactor = 2;
const QStringList kMeasuredEnvironment{QStringLiteral("ASAN_OPTIONS=quarantine_size_mb=8")};
#else
constexpr long kMemoryFactor = 1;
const QStringList kMeasuredEnvironment;
#endif
constexpr long kMiB = 1024 * kMemoryFactor; // in KiB, the unit of VmRSS

std::unique_ptr<RawConnection> tlsConnection(const ServerFixture& server, const std::string& source = "127.0.0.1") {
    std::signal(SIGPIPE, SIG_IGN); // a server that closes mid-upload must fail a send, not the test
    auto connection = RawConnection::connect(server.port(), source);
    REQUIRE(connection);
    REQUIRE(connection->handshake(server.caFile()));
    return connection;
}

std::string head(const std::string& method, const std::string& target, const std::string& extra = {}) {
    return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

std::string bearer(const Device& device) {
    return "Authorization: Bearer " + device.account.token.toStdString() + "\r\n";
}

// Pieces of a chunked body of `total` bytes, then the last chunk.
std::function<std::string()> chunkedBody(std::size_t total) {
    auto sent = std::make_shared<std::size_t>(0);
    return [total, sent]() -> std::string {
        constexpr std::size_t kChunk = 64 * 1024;
        if (*sent > total)
            return {};
        if (*sent == total) {
            *sent = total + 1;
            return "0\r\n\r\n";
        }
        *sent += kChunk;
        return "10000\r\n" + std::string(kChunk, ' ') + "\r\n";
    };
}

// A real gzip member of `bytes` zeros (what inflates to `bytes` if a server ever inflates it).
std::string gzipBomb(std::size_t bytes) {
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const std::string zeros(1 << 20, '\0');
    std::string out;
    char buffer[1 << 16];
    for (std::size_t done = 0; done < bytes; done += zeros.size()) {
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
        stream.avail_in = static_cast<uInt>(zeros.size());
        const int flush = done + zeros.size() >= bytes ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef*>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, sizeof buffer - stream.avail_out);
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

RawResponse answer(RawConnection& connection) {
    auto response = connection.readResponse(kAnswerMs);
    REQUIRE(response);
    return *response;
}

void requireFreshClientServed(const ServerFixture& server) {
    HttpsClient fresh(server.baseUrl(), server.caFile());
    fresh.setTimeoutMs(kAnswerMs);
    CHECK_STATUS(fresh.get(str("/healthz")), 200);
}

std::vector<QJsonObject> logLines(const ServerFixture& server) {
    std::vector<QJsonObject> lines;
    for (const QString& line : server.serverLog().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8());
        if (document.isObject())
            lines.push_back(document.object());
    }
    return lines;
}

} // namespace

TEST_CASE("bodies past the limit are refused as they arrive, chunked or not, and never inflated", "[server][hostile]") {
    ServerFixture server({{}, false}, kMeasuredEnvironment);
    Device device = newAccount(server, str("ada@example.org"));
    const long before = residentKiB(server.pid());

    SECTION("a 20 MiB chunked push, three times") {
        for (int i = 0; i < 3; ++i) {
            auto connection = tlsConnection(server);
            REQUIRE(connection->send(head("POST", "/v1/sync/push",
                                          bearer(device) + "Content-Type: application/json\r\n"
                                                           "Transfer-Encoding: chunked\r\n")));
            connection->sendWhileUnanswered(chunkedBody(20 * 1024 * 1024));
            const RawResponse response = answer(*connection);
            CHECK(response.status == 413);
            CHECK(response.header("cache-control") == "no-store");
            CHECK(response.header("connection") == "close");
        }
    }
    SECTION("a chunked body past the small limit of a login") {
        auto connection = tlsConnection(server);
        REQUIRE(connection->send(
            head("POST", "/v1/sessions", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n")));
        connection->sendWhileUnanswered(chunkedBody(1024 * 1024));
        CHECK(answer(*connection).status == 413);
    }
    SECTION("a declared length past the limit is refused before the body is sent") {
        auto connection = tlsConnection(server);
        REQUIRE(connection->send(head("POST", "/v1/sync/push",
                                      bearer(device) + "Content-Type: application/json\r\nContent-Length: " +
                                          std::to_string(17 * 1024 * 1024) + "\r\n")));
        CHECK(answer(*connection).status == 413);
    }
    SECTION("a gzip body that inflates to 512 MiB, to an unknown path and to push") {
        const std::string bomb = gzipBomb(512u * 1024 * 1024);
        REQUIRE(bomb.size() < 1024 * 1024);
        for (const std::string target : {"/v1/no-such-thing", "/v1/sync/push"}) {
            INFO(target);
            auto connection = tlsConnection(server);
            REQUIRE(connection->send(head("POST", target,
                                          bearer(device) +
                                              "Content-Type: application/json\r\nContent-Encoding: "
                                              "gzip\r\nContent-Length: " +
                                              std::to_string(bomb.size()) + "\r\n")));
            connection->sendWhileUnanswered(
                [&bomb, sent = false]() mutable { return std::exchange(sent, true) ? std::string() : bomb; });
            const RawResponse response = answer(*connection);
            CHECK(response.status == 415);
            CHECK(response.header("cache-control") == "no-store");
        }
    }

    const long after = residentKiB(server.pid());
    INFO("VmRSS before " << before << " KiB, after " << after << " KiB");
    CHECK(after - before < 96 * kMiB);
    requireFreshClientServed(server);
    CHECK(api::pullAll(*device.client)->changes.empty());
}

TEST_CASE("hundreds of idle and slow connections neither starve a fresh client nor outlive their deadline",
          "[server][hostile]") {
    ServerFixture server({{str("--max-connections-per-ip"), str("1000"), str("--request-timeout"), str("3")}, false});
    std::vector<std::unique_ptr<RawConnection>> idle;
    std::vector<std::unique_ptr<RawConnection>> slow;
    // From another loopback address, as an attacker elsewhere would.
    for (int i = 0; i < 150; ++i) {
        auto connection = RawConnection::connect(server.port(), "127.0.0.2");
        REQUIRE(connection);
        idle.push_back(std::move(connection));
    }
    for (int i = 0; i < 100; ++i) {
        auto connection = tlsConnection(server, "127.0.0.2");
        REQUIRE(connection->send("GET /healthz HTTP/1.1\r\n"));
        slow.push_back(std::move(connection));
    }
    for (int i = 0; i < 5; ++i)
        RawConnection::connect(server.port(), "127.0.0.2"); // connects and hangs up at once

    requireFreshClientServed(server);

    // A header line now and then does not extend the deadline of the request's headers.
    auto trickle = tlsConnection(server, "127.0.0.2");
    REQUIRE(trickle->send("GET /healthz HTTP/1.1\r\n"));
    bool closed = false;
    for (int i = 0; i < 20 && !closed; ++i) {
        trickle->send("X-Slow-" + std::to_string(i) + ": 1\r\n");
        closed = trickle->waitForClose(1000);
    }
    CHECK(closed);
    CHECK(idle.front()->waitForClose(kAnswerMs));
    CHECK(idle.back()->waitForClose(kAnswerMs));
    CHECK(slow.front()->waitForClose(kAnswerMs));
    CHECK(slow.back()->waitForClose(kAnswerMs));
    requireFreshClientServed(server);
    server.stop();

    int timeouts = 0;
    int silent = 0;
    for (const QJsonObject& line : logLines(server)) {
        if (!line.contains(str("connection")))
            continue;
        INFO(QJsonDocument(line).toJson().toStdString());
        const QStringList keys = line.keys();
        CHECK(QSet<QString>(keys.begin(), keys.end()) ==
              QSet<QString>{str("time"), str("connection"), str("count"), str("duration_ms")});
        const QString outcome = line.value(str("connection")).toString();
        timeouts += outcome == str("timeout") ? 1 : 0;
        silent += outcome == str("silent") ? 1 : 0;
    }
    CHECK(timeouts >= 251);
    CHECK(silent >= 5);
}

TEST_CASE("one address cannot take every connection", "[server][hostile]") {
    ServerFixture server({{str("--max-connections-per-ip"), str("16"), str("--max-connections"), str("40")}, false});
    std::vector<std::unique_ptr<RawConnection>> attacker;
    for (int i = 0; i < 24; ++i) {
        auto connection = RawConnection::connect(server.port(), "127.0.0.3");
        REQUIRE(connection);
        attacker.push_back(std::move(connection));
    }
    // The first 16 are held open (waiting for a handshake), the rest are closed at once.
    CHECK(attacker.back()->waitForClose(kAnswerMs));
    CHECK_FALSE(attacker.front()->waitForClose(200));
    requireFreshClientServed(server);

    // The total cap holds across addresses.
    std::vector<std::unique_ptr<RawConnection>> others;
    others.reserve(30);
    for (int i = 0; i < 30; ++i)
        others.push_back(RawConnection::connect(server.port(), "127.0.0." + std::to_string(10 + i)));
    CHECK(others.back()->waitForClose(kAnswerMs));
    CHECK_FALSE(others.front()->waitForClose(200));
    others.clear();
    attacker.clear();
    // The server notices the closed connections and frees their places (a bounded wait, no timing).
    bool served = false;
    for (int attempt = 0; attempt < 100 && !served; ++attempt) {
        HttpsClient fresh(server.baseUrl(), server.caFile());
        served = fresh.get(str("/healthz")).status == 200;
        if (!served)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    CHECK(served);
    server.stop();

    qint64 refused = 0;
    for (const QJsonObject& line : logLines(server)) {
        if (line.value(str("connection")).toString() == str("refused"))
            refused += line.value(str("count")).toInteger();
    }
    CHECK(refused >= 8 + 6);
}

TEST_CASE("header count and size are capped with 431", "[server][hostile]") {
    ServerFixture server({{}, false}, kMeasuredEnvironment);
    const long before = residentKiB(server.pid());

    SECTION("a million header lines") {
        auto connection = tlsConnection(server);
        REQUIRE(connection->send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        int batches = 0;
        connection->sendWhileUnanswered([&batches]() -> std::string {
            if (batches++ == 1000)
                return {};
            std::string lines;
            for (int i = 0; i < 1000; ++i)
                lines += "X-A: b\r\n";
            return lines;
        });
        const RawResponse response = answer(*connection);
        CHECK(response.status == 431);
        CHECK(response.header("cache-control") == "no-store");
    }
    SECTION("a hundred short header fields") {
        std::string fields;
        for (int i = 0; i < 100; ++i)
            fields += "X-" + std::to_string(i) + ": b\r\n";
        auto connection = tlsConnection(server);
        REQUIRE(connection->send(head("GET", "/healthz", fields)));
        CHECK(answer(*connection).status == 431);
    }
    SECTION("fifty header fields are fine, and the connection stays open") {
        std::string fields;
        for (int i = 0; i < 50; ++i)
            fields += "X-" + std::to_string(i) + ": b\r\n";
        auto connection = tlsConnection(server);
        REQUIRE(connection->send(head("GET", "/healthz", fields)));
        CHECK(answer(*connection).status == 200);
        REQUIRE(connection->send(head("GET", "/healthz")));
        CHECK(answer(*connection).status == 200);
    }
    SECTION("a request line of 20 KiB") {
        auto connection = tlsConnection(server);
        REQUIRE(connection->send(head("GET", "/healthz?" + std::string(20 * 1024, 'q'))));
        CHECK(answer(*connection).status == 431);
    }
    const long after = residentKiB(server.pid());
    INFO("VmRSS before " << before << " KiB, after " << after << " KiB");
    CHECK(after - before < 32 * kMiB);
    requireFreshClientServed(server);
}

TEST_CASE("Range is ignored on API routes", "[server][hostile]") {
    ServerFixture server({{}, false}, kMeasuredEnvironment);
    Device device = newAccount(server, str("ada@example.org"));
    QJsonArray revisions;
    for (int i = 0; i < 100; ++i)
        revisions.append(api::revision(api::newUuid(), 0, api::newUuid(),
                                       str("st1:k:n:") + QString(10000, QLatin1Char('e')) + QString::number(i)));
    REQUIRE_STATUS(api::push(*device.client, revisions), 200);
    const HttpResponse plain = device.client->get(str("/v1/sync/changes?limit=1000"));
    REQUIRE_STATUS(plain, 200);
    REQUIRE(plain.body.size() > 1000000);

    std::string ranges = "bytes=0-";
    for (int i = 1; i < 500; ++i)
        ranges += ",0-";
    const long before = residentKiB(server.pid());
    const HttpResponse ranged =
        device.client->request("GET", str("/v1/sync/changes?limit=1000"), {}, {{"Range", ranges}});
    CHECK(ranged.status == 200);
    CHECK(ranged.body == plain.body);
    CHECK(ranged.header("content-range").isEmpty());
    CHECK(ranged.header("content-type") == str("application/json"));
    CHECK(residentKiB(server.pid()) - before < 32 * kMiB);
}

TEST_CASE("a body of a million unknown keys costs a small error document", "[server][hostile]") {
    ServerFixture server({{}, false}, kMeasuredEnvironment);
    Device device = newAccount(server, str("ada@example.org"));
    auto keys = [](int count) {
        QByteArray body = "{";
        for (int i = 0; i < count; ++i)
            body += (i > 0 ? ",\"k" : "\"k") + QByteArray::number(i) + "\":0";
        return body + "}";
    };
    const long before = residentKiB(server.pid());

    HttpsClient stranger(server.baseUrl(), server.caFile());
    const HttpResponse login =
        stranger.request("POST", str("/v1/sessions"), keys(1300000), {{"Content-Type", "application/json"}}, true);
    CHECK_STATUS(login, 413);
    CHECK(login.body.size() < 1024);

    const HttpResponse push = device.client->request("POST", str("/v1/sync/push"), keys(1000000),
                                                     {{"Content-Type", "application/json"}}, true);
    CHECK_STATUS(push, 400);
    CHECK(push.body.size() < 2048);
    CHECK(push.json().value(str("errors")).toArray().size() <= 8);

    const HttpResponse smallLogin =
        stranger.request("POST", str("/v1/sessions"), keys(3000), {{"Content-Type", "application/json"}}, true);
    CHECK_STATUS(smallLogin, 400);
    CHECK(smallLogin.json().value(str("errors")).toArray().size() <= 8);

    const long after = residentKiB(server.pid());
    INFO("VmRSS before " << before << " KiB, after " << after << " KiB");
    CHECK(after - before < 128 * kMiB);
    requireFreshClientServed(server);
}

TEST_CASE("pipelined requests are answered in order on the same connection", "[server][hostile]") {
    ServerFixture server;
    auto connection = tlsConnection(server);
    REQUIRE(connection->send(head("GET", "/healthz") + head("GET", "/v1/no-such-thing") + head("OPTIONS", "/healthz") +
                             head("GET", "/healthz")));
    std::vector<int> statuses;
    for (int i = 0; i < 4; ++i) {
        const RawResponse response = answer(*connection);
        statuses.push_back(response.status);
        CHECK(response.header("cache-control") == "no-store");
    }
    CHECK(statuses == std::vector<int>{200, 404, 405, 200});
    REQUIRE(connection->send(head("GET", "/healthz")));
    CHECK(answer(*connection).status == 200);
}

TEST_CASE("malformed request lines and unknown methods leave no raw text in the access log", "[server][hostile]") {
    ServerFixture server;
    const std::vector<std::string> requests{
        "ada@example.org st_0123456789secret HTTP/1.1\r\n\r\n",
        "BREWCOFFEE /v1/secret-path-ada HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /v1/sync/changes HTTP/1.1\r\nHost: x\r\nAuthorization Bearer st_leaked\r\n\r\n",
        "GET http://ada.example.org/ HTTP/1.1\r\nHost: x\r\n\r\n",
    };
    for (const std::string& request : requests) {
        INFO(request);
        auto connection = tlsConnection(server);
        REQUIRE(connection->send(request));
        const RawResponse response = answer(*connection);
        CHECK((response.status == 400 || response.status == 404 || response.status == 405));
        CHECK(response.header("cache-control") == "no-store");
    }
    requireFreshClientServed(server);
    server.stop();

    const QSet<QString> methods{str("GET"),    str("HEAD"),    str("POST"),  str("PUT"),      str("PATCH"),
                                str("DELETE"), str("OPTIONS"), str("OTHER"), str("(invalid)")};
    int requestLines = 0;
    for (const QJsonObject& line : logLines(server)) {
        const QString text = QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
        INFO(text.toStdString());
        for (const char* secret : {"ada", "st_", "secret", "BREW", "leaked"})
            CHECK_FALSE(text.contains(str(secret)));
        if (!line.contains(str("route")))
            continue;
        ++requestLines;
        CHECK(methods.contains(line.value(str("method")).toString()));
    }
    CHECK(requestLines >= 5);
}

TEST_CASE("every answer carries Cache-Control: no-store, errors included", "[server][hostile]") {
    ServerFixture server;
    Device device = newAccount(server, str("ada@example.org"));
    struct Case {
        std::string method;
        QString path;
        HttpsClient::Headers headers;
        long status;
    };
    const std::vector<Case> cases{
        {"GET", str("/healthz"), {}, 200},
        {"OPTIONS", str("/v1/sync/push"), {}, 405},
        {"OPTIONS", str("/v1/no-such-thing"), {}, 404},
        {"GET", str("/v1/no-such-thing"), {}, 404},
        {"DELETE", str("/healthz"), {}, 405},
        {"GET", str("/v1/account"), {{"Authorization", "Bearer nope"}}, 401},
        {"GET", str("/healthz"), {{"X-Big", std::string(9000, 'b')}}, 431},
        {"POST", str("/v1/sync/push"), {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}}, 415},
    };
    for (const Case& c : cases) {
        HttpsClient client(server.baseUrl(), server.caFile());
        client.setBearer(c.headers.empty() ? device.account.token : QString());
        const HttpResponse response = client.request(c.method, c.path, "{}", c.headers, c.method == "POST");
        INFO(c.method << " " << c.path.toStdString());
        CHECK_STATUS(response, c.status);
        CHECK(response.header("cache-control") == str("no-store"));
    }
}

TEST_CASE("wrong logins for someone else's email do not lock its owner out", "[server][hostile][ratelimit]") {
    ServerFixture server(ServerFixture::Config{{str("--rate-auth-email"), str("3")}, true});
    Device ada = newAccount(server, str("ada@example.org")); // register + login from 127.0.0.1
    auto guess = [&server](const std::string& address) {
        HttpsClient stranger(server.baseUrl(), server.caFile());
        stranger.setSourceAddress(address);
        return api::login(stranger, str("ada@example.org"), api::randomServerPassword()).status;
    };
    // One address runs out of guesses for the email...
    std::vector<long> statuses;
    statuses.reserve(5);
    for (int i = 0; i < 5; ++i)
        statuses.push_back(guess("127.0.0.2"));
    CHECK(statuses == std::vector<long>{401, 401, 401, 429, 429});
    // ...while the owner elsewhere still logs in, changes and can delete the account.
    HttpsClient owner(server.baseUrl(), server.caFile());
    owner.setSourceAddress("127.0.0.40");
    CHECK_STATUS(api::login(owner, ada.account.email, ada.account.serverPassword), 201);
    CHECK_STATUS(
        ada.client->patch(str("/v1/account"), QJsonObject{{str("current_password"), ada.account.serverPassword},
                                                          {str("wrapped_key"), str("rewrapped")}}),
        200);

    // Many addresses together reach the email's ceiling (ten times the per-address limit): a fresh
    // address is refused at once. Re-authentication with a valid session is still not theirs to block.
    bool ceilingReached = false;
    for (int address = 10; address < 100 && !ceilingReached; ++address) {
        const std::string source = "127.0.0." + std::to_string(address);
        ceilingReached = guess(source) == 429;
        for (int i = 0; i < 3 && !ceilingReached; ++i)
            guess(source);
    }
    CHECK(ceilingReached);
    CHECK_STATUS(
        ada.client->patch(str("/v1/account"), QJsonObject{{str("current_password"), ada.account.serverPassword},
                                                          {str("wrapped_key"), str("rewrapped again")}}),
        200);
    CHECK_STATUS(
        ada.client->del(str("/v1/account"), QJsonObject{{str("current_password"), ada.account.serverPassword}}), 204);
}
