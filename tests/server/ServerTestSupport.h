// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "harness/HttpsClient.h"
#include "harness/ServerApi.h"
#include "harness/ServerFixture.h"

#include <QJsonDocument>
#include <QString>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

// Checks the status and shows the whole response when it differs.
#define REQUIRE_STATUS(response, expected)                                                                             \
    do {                                                                                                               \
        const auto& checked_ = (response);                                                                             \
        INFO(checked_.describe());                                                                                     \
        REQUIRE(checked_.status == (expected));                                                                        \
    } while (false)
#define CHECK_STATUS(response, expected)                                                                               \
    do {                                                                                                               \
        const auto& checked_ = (response);                                                                             \
        INFO(checked_.describe());                                                                                     \
        CHECK(checked_.status == (expected));                                                                          \
    } while (false)

namespace selftrack::server::test {

inline QString str(const char* text) {
    return QString::fromUtf8(text);
}

// An account with its own client holding the account's token.
struct Device {
    std::unique_ptr<HttpsClient> client;
    api::TestAccount account;
};

inline Device newAccount(const ServerFixture& server, const QString& email) {
    Device device{server.client(), {}};
    auto account = api::createAccount(*device.client, email);
    if (!account)
        FAIL(account.error());
    device.account = *account;
    return device;
}

inline Device anotherDevice(const ServerFixture& server, const api::TestAccount& account, const QString& name) {
    Device device{server.client(), {}};
    auto loggedIn = api::loginAgain(*device.client, account, name);
    if (!loggedIn)
        FAIL(loggedIn.error());
    device.account = *loggedIn;
    return device;
}

inline api::Pull pullAll(HttpsClient& client, const QString& cursor = {}, int limit = 0) {
    auto pull = api::pullAll(client, cursor, limit);
    if (!pull)
        FAIL(pull.error());
    return *pull;
}

inline QJsonArray pushResults(HttpsClient& client, const QJsonArray& revisions) {
    const HttpResponse response = api::push(client, revisions);
    REQUIRE_STATUS(response, 200);
    QJsonArray results = response.json().value(str("results")).toArray();
    REQUIRE(results.size() == revisions.size());
    return results;
}

inline QString problemCode(const HttpResponse& response) {
    return response.json().value(str("code")).toString();
}

} // namespace selftrack::server::test
