// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpsClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <expected>
#include <string>
#include <vector>

// Thin helpers over API v1 (docs/protocol.md) shared by the tests and the benchmark. They do what a
// well-behaved client does and report anything unexpected as an error string with the response.
namespace selftrack::server::test::api {

struct TestAccount {
    QString email;
    QString serverPassword; // base64 of 32 random bytes (what a client derives with Argon2id)
    QJsonObject kdf;        // as answered by GET /v1/auth/params and registered
    QString token;
    QString sessionId;
};

QString newUuid();                          // lower-case canonical UUID
QString randomServerPassword();             // base64 of 32 random bytes
QString envelopeFor(const QString& marker); // a plausible "st1:" envelope, unique per call
QString urlEncode(const QString& value);

HttpResponse authParams(HttpsClient& client, const QString& email);
HttpResponse registerAccount(HttpsClient& client, const QString& email, const QString& serverPassword,
                             const QJsonObject& kdf);
HttpResponse login(HttpsClient& client, const QString& email, const QString& serverPassword,
                   const QString& deviceName = QStringLiteral("test device"));

// auth params → register with the answered parameters → login. The client keeps the account's token.
std::expected<TestAccount, std::string> createAccount(HttpsClient& client, const QString& email);
// Another login for an existing account (a second device); sets the token on client.
std::expected<TestAccount, std::string> loginAgain(HttpsClient& client, const TestAccount& account,
                                                   const QString& deviceName);

QJsonObject revision(const QString& itemId, qint64 baseRev, const QString& revId, const QString& envelope,
                     bool deleted = false);
HttpResponse push(HttpsClient& client, const QJsonArray& revisions);

struct Pull {
    std::vector<QJsonObject> changes; // in the order received
    QString cursor;
    int pages = 0;
};
HttpResponse changesPage(HttpsClient& client, const QString& cursor, int limit = 0);
// Pages until has_more is false.
std::expected<Pull, std::string> pullAll(HttpsClient& client, const QString& cursor = {}, int limit = 0);

} // namespace selftrack::server::test::api
