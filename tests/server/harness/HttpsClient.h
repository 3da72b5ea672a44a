// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

using CURL = void;

namespace selftrack::server::test {

// What came back: status 0 means the transfer itself failed (see transportError).
struct HttpResponse {
    long status = 0;
    QByteArray body;
    std::map<std::string, std::string> headers; // names lower-cased, last value wins
    std::string transportError;

    QJsonObject json() const;     // empty when the body is not a JSON object
    QJsonArray jsonArray() const; // empty when the body is not a JSON array
    bool isJsonObject() const;
    QString header(const std::string& lowerCaseName) const;
    std::string describe() const; // status, headers and body for failure messages
};

// A small libcurl HTTPS client for tests and the benchmark. Verification is always on: the peer
// certificate must chain to caFile and match the host. One connection is reused across requests.
// Not thread-safe: use one client per thread.
class HttpsClient {
public:
    using Headers = std::vector<std::pair<std::string, std::string>>;

    HttpsClient(QString baseUrl, QString caFile);
    ~HttpsClient();
    HttpsClient(const HttpsClient&) = delete;
    HttpsClient& operator=(const HttpsClient&) = delete;

    // Sent as "Authorization: Bearer <token>" on every request until cleared (empty token).
    void setBearer(QString token) { m_bearer = std::move(token); }
    const QString& bearer() const { return m_bearer; }
    // Whole-transfer timeout (default 120 s); tests cut uploads short with a tiny one.
    void setTimeoutMs(long timeoutMs) { m_timeoutMs = timeoutMs; }
    // Local address to connect from (any 127.x.y.z on loopback); empty = the system's choice.
    void setSourceAddress(std::string address) { m_sourceAddress = std::move(address); }
    // Called during transfers with the bytes of the request body sent so far and in total
    // (tests use it to act at a known point of an upload). Runs on the calling thread.
    void setUploadProgress(std::function<void(long long sent, long long total)> callback) {
        m_uploadProgress = std::move(callback);
    }
    const QString& baseUrl() const { return m_baseUrl; }
    const QString& caFile() const { return m_caFile; }

    HttpResponse get(const QString& path);
    HttpResponse post(const QString& path, const QJsonObject& body);
    HttpResponse patch(const QString& path, const QJsonObject& body);
    HttpResponse del(const QString& path);
    HttpResponse del(const QString& path, const QJsonObject& body);

    // Raw access for malformed input; the body is sent byte for byte.
    HttpResponse request(const std::string& method, const QString& path, const QByteArray& body = {},
                         const Headers& extraHeaders = {}, bool withBody = false);

private:
    QString m_baseUrl;
    QString m_caFile;
    QString m_bearer;
    long m_timeoutMs = 120000;
    std::string m_sourceAddress;
    std::function<void(long long, long long)> m_uploadProgress;
    CURL* m_curl = nullptr;
};

QByteArray toJson(const QJsonObject& object);

} // namespace selftrack::server::test
