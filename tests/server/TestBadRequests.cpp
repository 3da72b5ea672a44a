// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include <QJsonArray>

using namespace selftrack::server::test;

namespace {

struct BadRequest {
    std::string name;
    std::string method;
    QString path;
    QByteArray body;
    int status;       // expected status; 0: 400 or 404 (a malformed path segment may be either)
    const char* code; // expected problem code, nullptr: any
    HttpsClient::Headers headers = {{"Content-Type", "application/json"}};
};

QByteArray revisionJson(const QByteArray& itemId, const QByteArray& baseRev, const QByteArray& extra = {}) {
    return R"({"item_id":)" + itemId + R"(,"base_rev":)" + baseRev + R"(,"rev_id":")" + api::newUuid().toUtf8() +
           R"(","deleted":false,"envelope":"st1:k:n:c")" + extra + "}";
}

QByteArray pushJson(const QByteArray& revisions) {
    return R"({"revisions":[)" + revisions + "]}";
}

} // namespace

TEST_CASE("malformed, mistyped, oversized or unauthenticated requests get a clear 4xx and the server keeps serving",
          "[server][robustness]") {
    ServerFixture server;
    Device device = newAccount(server, str("ada@example.org"));
    const QByteArray item = '"' + api::newUuid().toUtf8() + '"';
    const QByteArray goodRevision = revisionJson(item, "0");
    const QByteArray kdf = toJson(device.account.kdf);
    const QByteArray tooManyRevisions = [&] {
        QByteArray list;
        for (int i = 0; i < 501; ++i)
            list += (i > 0 ? "," : "") + revisionJson('"' + api::newUuid().toUtf8() + '"', "0");
        return pushJson(list);
    }();
    const QByteArray bigEnvelope =
        pushJson(R"({"item_id":)" + item + R"(,"base_rev":0,"rev_id":")" + api::newUuid().toUtf8() +
                 R"(","deleted":false,"envelope":")" + QByteArray(1024 * 1024 + 1, 'e') + R"("})");
    const QByteArray oversizedBody = pushJson(goodRevision) + QByteArray(17 * 1024 * 1024, ' ');

    const std::vector<BadRequest> cases{
        {"not JSON", "POST", str("/v1/sync/push"), "{nope", 400, "invalid-json"},
        {"empty body", "POST", str("/v1/sync/push"), "", 400, "invalid-json"},
        {"a JSON array instead of an object", "POST", str("/v1/sync/push"), "[]", 400, "invalid-json"},
        {"trailing garbage", "POST", str("/v1/sync/push"), pushJson(goodRevision) + " x", 400, "invalid-json"},
        {"duplicate keys", "POST", str("/v1/sync/push"),
         R"({"revisions":[)" + goodRevision + R"(],"revisions":[)" + revisionJson(item, "0") + "]}", 400,
         "invalid-json"},
        {"bad UTF-8 in a string", "POST", str("/v1/sync/push"),
         pushJson(revisionJson(item, "0", ",\"x\":\"\xff\xfe\"")), 400, nullptr},
        {"bad UTF-8 in the envelope", "POST", str("/v1/sync/push"),
         pushJson(R"({"item_id":)" + item + R"(,"base_rev":0,"rev_id":")" + api::newUuid().toUtf8() +
                  "\",\"deleted\":false,\"envelope\":\"st1:\xc3\x28\"}"),
         400, "invalid-json"},
        {"overlong UTF-8 encoding", "POST", str("/v1/sync/push"),
         pushJson(R"({"item_id":)" + item + R"(,"base_rev":0,"rev_id":")" + api::newUuid().toUtf8() +
                  "\",\"deleted\":false,\"envelope\":\"st1:\xc0\xaf\"}"),
         400, "invalid-json"},
        {"base_rev as a string", "POST", str("/v1/sync/push"), pushJson(revisionJson(item, "\"0\"")), 400,
         "invalid-request"},
        {"base_rev negative", "POST", str("/v1/sync/push"), pushJson(revisionJson(item, "-1")), 400, "invalid-request"},
        {"base_rev fractional", "POST", str("/v1/sync/push"), pushJson(revisionJson(item, "1.5")), 400,
         "invalid-request"},
        {"base_rev beyond 2^53", "POST", str("/v1/sync/push"), pushJson(revisionJson(item, "1e300")), 400,
         "invalid-request"},
        {"item_id as a number", "POST", str("/v1/sync/push"), pushJson(revisionJson("5", "0")), 400, "invalid-request"},
        {"item_id not a UUID", "POST", str("/v1/sync/push"), pushJson(revisionJson("\"item-1\"", "0")), 400,
         "invalid-request"},
        {"item_id in upper case", "POST", str("/v1/sync/push"), pushJson(revisionJson(item.toUpper(), "0")), 400,
         "invalid-request"},
        {"deleted as a string", "POST", str("/v1/sync/push"),
         pushJson(R"({"item_id":)" + item + R"(,"base_rev":0,"rev_id":")" + api::newUuid().toUtf8() +
                  R"(","deleted":"no","envelope":"e"})"),
         400, "invalid-request"},
        {"revisions as an object", "POST", str("/v1/sync/push"), R"({"revisions":{}})", 400, "invalid-request"},
        {"revisions null", "POST", str("/v1/sync/push"), R"({"revisions":null})", 400, "invalid-request"},
        {"no revisions", "POST", str("/v1/sync/push"), R"({"revisions":[]})", 400, "invalid-request"},
        {"missing rev_id", "POST", str("/v1/sync/push"),
         pushJson(R"({"item_id":)" + item + R"(,"base_rev":0,"deleted":false,"envelope":"e"})"), 400,
         "invalid-request"},
        // Past the few field errors a problem document keeps, a revision missing its fields must
        // still be refused (the fuzzer found it read as present).
        {"a revision without fields after many bad ones", "POST", str("/v1/sync/push"),
         pushJson(revisionJson("1", "0") + "," + revisionJson("2", "0") + "," + revisionJson("3", "0") + "," +
                  revisionJson("4", "0") + "," + revisionJson("5", "0") + "," + revisionJson("6", "0") + "," +
                  revisionJson("7", "0") + "," + revisionJson("8", "0") + "," + revisionJson("9", "0") + "," +
                  R"({"deleted":false})"),
         400, "invalid-request"},
        {"empty envelope of a live revision", "POST", str("/v1/sync/push"),
         pushJson(R"({"item_id":)" + item + R"(,"base_rev":0,"rev_id":")" + api::newUuid().toUtf8() +
                  R"(","deleted":false,"envelope":""})"),
         400, "invalid-request"},
        {"an unknown field in a revision", "POST", str("/v1/sync/push"),
         pushJson(revisionJson(item, "0", R"(,"colour":"red")")), 400, "invalid-request"},
        {"an unknown top-level field", "POST", str("/v1/sync/push"),
         R"({"revisions":[)" + goodRevision + R"(],"force":true})", 400, "invalid-request"},
        {"more than 500 revisions", "POST", str("/v1/sync/push"), tooManyRevisions, 413, "payload-too-large"},
        {"an envelope above 1 MiB", "POST", str("/v1/sync/push"), bigEnvelope, 413, "payload-too-large"},
        {"a body above 16 MiB", "POST", str("/v1/sync/push"), oversizedBody, 413, nullptr},
        {"no Content-Type", "POST", str("/v1/sync/push"), pushJson(goodRevision), 415, "unsupported-media-type", {}},
        {"a text/plain body",
         "POST",
         str("/v1/sync/push"),
         pushJson(goodRevision),
         415,
         "unsupported-media-type",
         {{"Content-Type", "text/plain"}}},
        {"an unknown query parameter", "GET", str("/v1/sync/changes?cursor=&since=0"), {}, 400, "invalid-request"},
        {"limit 0", "GET", str("/v1/sync/changes?limit=0"), {}, 400, "invalid-request"},
        {"limit above 1000", "GET", str("/v1/sync/changes?limit=1001"), {}, 400, "invalid-request"},
        {"limit not a number", "GET", str("/v1/sync/changes?limit=ten"), {}, 400, "invalid-request"},
        {"a forged cursor", "GET", str("/v1/sync/changes?cursor=c1.OTk5OTk5"), {}, 410, nullptr},
        {"a garbage cursor", "GET", str("/v1/sync/changes?cursor=%FF%00garbage"), {}, 400, "invalid-cursor"},
        {"an item id that is no UUID", "GET", str("/v1/items/..%2F..%2Fetc/revisions"), {}, 0, nullptr},
        {"a revision number that is no number",
         "GET",
         str("/v1/items/") + api::newUuid() + str("/revisions/x"),
         {},
         0,
         nullptr},
        {"an unknown route", "GET", str("/v1/everything"), {}, 404, "not-found"},
        {"a known route with another method", "PUT", str("/v1/sync/push"), pushJson(goodRevision), 405,
         "method-not-allowed"},
        {"auth params without an email", "GET", str("/v1/auth/params"), {}, 400, nullptr},
        {"auth params for an implausible email",
         "GET",
         str("/v1/auth/params?email=not-an-email"),
         {},
         400,
         "invalid-email"},
        {"register with an implausible email", "POST", str("/v1/accounts"),
         R"({"email":"a@@b","server_password":")" + api::randomServerPassword().toUtf8() + R"(","kdf":)" + kdf +
             R"(,"wrapped_key":"w","age_confirmed":true,"privacy_policy_version":"1"})",
         400, "invalid-email"},
        {"register with another KDF", "POST", str("/v1/accounts"),
         R"({"email":"b@example.org","server_password":")" + api::randomServerPassword().toUtf8() +
             R"(","kdf":{"algorithm":"scrypt","memory_kib":65536,"iterations":3,"parallelism":1,"seed":")" +
             device.account.kdf.value(str("seed")).toString().toUtf8() +
             R"("},"wrapped_key":"w","age_confirmed":true,"privacy_policy_version":"1"})",
         400, "invalid-request"},
        {"register with a short server password", "POST", str("/v1/accounts"),
         R"({"email":"b@example.org","server_password":"c2hvcnQ=","kdf":)" + kdf +
             R"(,"wrapped_key":"w","age_confirmed":true,"privacy_policy_version":"1"})",
         400, "invalid-request"},
        {"login with the password as a number", "POST", str("/v1/sessions"),
         R"({"email":"ada@example.org","server_password":12})", 400, "invalid-request"},
    };

    for (const BadRequest& bad : cases) {
        INFO(bad.name);
        const HttpResponse response = device.client->request(bad.method, bad.path, bad.body, bad.headers,
                                                             bad.method == "POST" || bad.method == "PUT");
        INFO(response.describe());
        if (bad.status == 0)
            CHECK((response.status == 400 || response.status == 404));
        else
            CHECK(response.status == bad.status);
        if (response.status >= 400 && bad.status != 413) {
            CHECK(response.header("content-type").startsWith(str("application/problem+json")));
            CHECK(response.json().value(str("status")).toInt() == response.status);
            CHECK_FALSE(response.json().value(str("title")).toString().isEmpty());
        }
        if (bad.code != nullptr)
            CHECK(problemCode(response) == str(bad.code));
        CHECK_STATUS(device.client->get(str("/healthz")), 200);
    }

    SECTION("a header above 8 KiB, and the next request on the same connection") {
        HttpsClient client(server.baseUrl(), server.caFile());
        client.setBearer(device.account.token);
        const HttpResponse response =
            client.request("GET", str("/v1/sync/changes"), {}, {{"X-Padding", std::string(9000, 'p')}});
        INFO(response.describe());
        CHECK((response.status == 431 || response.status == 400));
        // The rest of the oversized header must not be read as the next request.
        CHECK_STATUS(client.get(str("/healthz")), 200);
        CHECK_STATUS(client.get(str("/healthz")), 200);
    }
    SECTION("missing or malformed authorization") {
        for (const std::string& authorization : {std::string(), std::string("Basic YWRhOnB3"), std::string("Bearer"),
                                                 std::string("Bearer st_nope"), "Bearer " + std::string(600, 'x')}) {
            HttpsClient client(server.baseUrl(), server.caFile());
            HttpsClient::Headers headers{{"Content-Type", "application/json"}};
            if (!authorization.empty())
                headers.emplace_back("Authorization", authorization);
            const HttpResponse response =
                client.request("POST", str("/v1/sync/push"), pushJson(goodRevision), headers, true);
            INFO(authorization);
            CHECK_STATUS(response, 401);
            CHECK(problemCode(response) == str("unauthorized"));
        }
    }

    // Nothing of the bad requests was stored, and good requests still work.
    CHECK(pullAll(*device.client).changes.empty());
    const QJsonObject accepted =
        pushResults(*device.client,
                    {api::revision(QString::fromUtf8(item.mid(1, 36)), 0, api::newUuid(), str("st1:k:n:c"))})[0]
            .toObject();
    CHECK(accepted.value(str("status")).toString() == str("accepted"));
    CHECK(pullAll(*device.client).changes.size() == 1);
    CHECK(server.running());
}

TEST_CASE("a client that stalls or drops mid-request does not stop the server from serving others",
          "[server][robustness]") {
    ServerFixture server;
    Device device = newAccount(server, str("ada@example.org"));
    // Many aborted uploads: the transfer is cut by a tiny timeout after the headers went out.
    for (int i = 0; i < 8; ++i) {
        HttpsClient client(server.baseUrl(), server.caFile());
        client.setBearer(device.account.token);
        client.setTimeoutMs(50);
        client.request("POST", str("/v1/sync/push"), QByteArray(8 * 1024 * 1024, '{'),
                       {{"Content-Type", "application/json"}}, true);
    }
    CHECK_STATUS(device.client->get(str("/healthz")), 200);
    CHECK(pullAll(*device.client).changes.empty());
    CHECK(pushResults(*device.client, {api::revision(api::newUuid(), 0, api::newUuid(), str("st1:k:n:c"))}).size() ==
          1);
}
