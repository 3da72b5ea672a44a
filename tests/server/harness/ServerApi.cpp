// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerApi.h"

#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

namespace selftrack::server::test::api {

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

QString randomServerPassword() {
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    return QString::fromLatin1(bytes.toBase64());
}

QString envelopeFor(const QString& marker) {
    QByteArray nonce(12, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(nonce.data()), 3);
    return QStringLiteral("st1:k1:%1:%2")
        .arg(QString::fromLatin1(nonce.toBase64()), QString::fromLatin1(marker.toUtf8().toBase64()));
}

QString urlEncode(const QString& value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

HttpResponse authParams(HttpsClient& client, const QString& email) {
    return client.get(QStringLiteral("/v1/auth/params?email=") + urlEncode(email));
}

HttpResponse registerAccount(HttpsClient& client, const QString& email, const QString& serverPassword,
                             const QJsonObject& kdf) {
    return client.post(QStringLiteral("/v1/accounts"),
                       QJsonObject{{QStringLiteral("email"), email},
                                   {QStringLiteral("server_password"), serverPassword},
                                   {QStringLiteral("kdf"), kdf},
                                   {QStringLiteral("wrapped_key"), QStringLiteral("wrapped:") + newUuid()},
                                   {QStringLiteral("age_confirmed"), true},
                                   {QStringLiteral("privacy_policy_version"), QStringLiteral("2026-01")}});
}

HttpResponse login(HttpsClient& client, const QString& email, const QString& serverPassword,
                   const QString& deviceName) {
    return client.post(QStringLiteral("/v1/sessions"), QJsonObject{{QStringLiteral("email"), email},
                                                                   {QStringLiteral("server_password"), serverPassword},
                                                                   {QStringLiteral("device_name"), deviceName}});
}

std::expected<TestAccount, std::string> createAccount(HttpsClient& client, const QString& email) {
    TestAccount account;
    account.email = email;
    account.serverPassword = randomServerPassword();
    const HttpResponse params = authParams(client, email);
    if (params.status != 200)
        return std::unexpected("auth params: " + params.describe());
    account.kdf = params.json().value(QStringLiteral("kdf")).toObject();
    const HttpResponse registered = registerAccount(client, email, account.serverPassword, account.kdf);
    if (registered.status != 201)
        return std::unexpected("register: " + registered.describe());
    return loginAgain(client, account, QStringLiteral("test device"));
}

std::expected<TestAccount, std::string> loginAgain(HttpsClient& client, const TestAccount& account,
                                                   const QString& deviceName) {
    const HttpResponse session = login(client, account.email, account.serverPassword, deviceName);
    if (session.status != 201)
        return std::unexpected("login: " + session.describe());
    TestAccount loggedIn = account;
    loggedIn.token = session.json().value(QStringLiteral("token")).toString();
    loggedIn.sessionId = session.json().value(QStringLiteral("session_id")).toString();
    if (loggedIn.token.isEmpty() || loggedIn.sessionId.isEmpty())
        return std::unexpected("login without token or session id: " + session.describe());
    client.setBearer(loggedIn.token);
    return loggedIn;
}

QJsonObject revision(const QString& itemId, qint64 baseRev, const QString& revId, const QString& envelope,
                     bool deleted) {
    return QJsonObject{{QStringLiteral("item_id"), itemId},
                       {QStringLiteral("base_rev"), baseRev},
                       {QStringLiteral("rev_id"), revId},
                       {QStringLiteral("deleted"), deleted},
                       {QStringLiteral("envelope"), envelope}};
}

HttpResponse push(HttpsClient& client, const QJsonArray& revisions) {
    return client.post(QStringLiteral("/v1/sync/push"), QJsonObject{{QStringLiteral("revisions"), revisions}});
}

HttpResponse changesPage(HttpsClient& client, const QString& cursor, int limit) {
    QString path = QStringLiteral("/v1/sync/changes?cursor=") + urlEncode(cursor);
    if (limit > 0)
        path += QStringLiteral("&limit=%1").arg(limit);
    return client.get(path);
}

std::expected<Pull, std::string> pullAll(HttpsClient& client, const QString& cursor, int limit) {
    Pull pull;
    pull.cursor = cursor;
    for (;;) {
        const HttpResponse page = changesPage(client, pull.cursor, limit);
        if (page.status != 200)
            return std::unexpected("changes: " + page.describe());
        const QJsonObject body = page.json();
        for (const QJsonValue change : body.value(QStringLiteral("changes")).toArray())
            pull.changes.push_back(change.toObject());
        pull.cursor = body.value(QStringLiteral("cursor")).toString();
        ++pull.pages;
        if (!body.value(QStringLiteral("has_more")).toBool())
            return pull;
        if (pull.pages > 100000)
            return std::unexpected("changes never ends");
    }
}

} // namespace selftrack::server::test::api
