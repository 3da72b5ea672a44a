// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include <QJsonArray>
#include <QSet>

using namespace selftrack::server::test;

TEST_CASE("the access log names route templates and never tokens, emails, passwords, ids or content",
          "[server][accesslog]") {
    ServerFixture server;
    Device laptop = newAccount(server, str("ada@example.org"));
    Device phone = anotherDevice(server, laptop.account, str("Ada's phone"));
    const QString item = api::newUuid();
    const QString revId = api::newUuid();
    const QString envelope = api::envelopeFor(str("diary"));
    pushResults(*laptop.client, {api::revision(item, 0, revId, envelope)});
    pullAll(*phone.client);
    CHECK_STATUS(phone.client->get(str("/v1/items/") + item + str("/revisions/1")), 200);
    CHECK_STATUS(laptop.client->get(str("/v1/account/export")), 200);
    CHECK_STATUS(api::login(*server.client(), laptop.account.email, api::randomServerPassword()), 401);
    CHECK_STATUS(laptop.client->del(str("/v1/sessions/") + phone.account.sessionId), 204);
    CHECK_STATUS(api::authParams(*server.client(), str("bob@example.org")), 200);
    const QString wrappedKey = laptop.client->get(str("/v1/account")).json().value(str("wrapped_key")).toString();
    server.stop();

    QSet<QString> routes;
    int accessLines = 0;
    for (const QString& line : server.serverLog().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
        if (!entry.contains(str("route")))
            continue;
        ++accessLines;
        INFO(line.toStdString());
        routes.insert(entry.value(str("method")).toString() + QLatin1Char(' ') + entry.value(str("route")).toString());
        for (const QString& key : entry.keys())
            CHECK(QSet<QString>{str("time"), str("method"), str("route"), str("status"), str("bytes"),
                                str("duration_ms"), str("account")}
                      .contains(key));
        for (const QString& secret :
             {laptop.account.email, str("bob@example.org"), laptop.account.token, phone.account.token,
              laptop.account.serverPassword, laptop.account.sessionId, phone.account.sessionId, item, revId, envelope,
              wrappedKey, str("Ada's phone"), str("127.0.0.1")})
            CHECK_FALSE(line.contains(secret));
    }
    CHECK(accessLines >= 10);
    CHECK(routes.contains(str("POST /v1/sync/push")));
    CHECK(routes.contains(str("GET /v1/items/{item_id}/revisions/{rev}")));
    CHECK(routes.contains(str("DELETE /v1/sessions/{id}")));
    CHECK(routes.contains(str("GET /v1/auth/params")));
}
