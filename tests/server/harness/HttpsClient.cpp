// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpsClient.h"

#include <QJsonDocument>

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace selftrack::server::test {
namespace {

size_t appendBody(char* data, size_t size, size_t count, void* userdata) {
    const size_t bytes = size * count;
    static_cast<QByteArray*>(userdata)->append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

size_t collectHeader(char* data, size_t size, size_t count, void* userdata) {
    auto* headers = static_cast<std::map<std::string, std::string>*>(userdata);
    std::string line(data, size * count);
    const auto colon = line.find(':');
    if (line.starts_with("HTTP/")) {
        headers->clear(); // a new response (e.g. after 100 Continue) starts over
    } else if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        std::string value = line.substr(colon + 1);
        const auto first = value.find_first_not_of(" \t");
        const auto last = value.find_last_not_of(" \t\r\n");
        (*headers)[name] = first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
    }
    return size * count;
}

int reportProgress(void* userdata, curl_off_t, curl_off_t, curl_off_t uploadTotal, curl_off_t uploaded) {
    (*static_cast<std::function<void(long long, long long)>*>(userdata))(uploaded, uploadTotal);
    return 0;
}

} // namespace

QJsonObject HttpResponse::json() const {
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResponse::jsonArray() const {
    return QJsonDocument::fromJson(body).array();
}

bool HttpResponse::isJsonObject() const {
    return QJsonDocument::fromJson(body).isObject();
}

QString HttpResponse::header(const std::string& lowerCaseName) const {
    const auto it = headers.find(lowerCaseName);
    return it == headers.end() ? QString() : QString::fromStdString(it->second);
}

std::string HttpResponse::describe() const {
    std::string text = "HTTP " + std::to_string(status);
    if (!transportError.empty())
        text += " (transport error: " + transportError + ")";
    for (const auto& [name, value] : headers)
        text.append("\n  ").append(name).append(": ").append(value);
    text += "\n  body: " + body.left(2000).toStdString();
    return text;
}

QByteArray toJson(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpsClient::HttpsClient(QString baseUrl, QString caFile) : m_baseUrl(std::move(baseUrl)), m_caFile(std::move(caFile)) {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
}

HttpsClient::~HttpsClient() {
    curl_easy_cleanup(m_curl);
}

HttpResponse HttpsClient::get(const QString& path) {
    return request("GET", path);
}

HttpResponse HttpsClient::post(const QString& path, const QJsonObject& body) {
    return request("POST", path, toJson(body), {{"Content-Type", "application/json"}}, true);
}

HttpResponse HttpsClient::patch(const QString& path, const QJsonObject& body) {
    return request("PATCH", path, toJson(body), {{"Content-Type", "application/json"}}, true);
}

HttpResponse HttpsClient::del(const QString& path) {
    return request("DELETE", path);
}

HttpResponse HttpsClient::del(const QString& path, const QJsonObject& body) {
    return request("DELETE", path, toJson(body), {{"Content-Type", "application/json"}}, true);
}

HttpResponse HttpsClient::request(const std::string& method, const QString& path, const QByteArray& body,
                                  const Headers& extraHeaders, bool withBody) {
    HttpResponse response;
    CURL* curl = m_curl;
    curl_easy_reset(curl);
    const std::string url = (m_baseUrl + path).toStdString();
    const std::string ca = m_caFile.toStdString();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_CAINFO, ca.c_str());
    curl_easy_setopt(curl, CURLOPT_CAPATH, nullptr);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, m_timeoutMs);
    const std::string source = "host!" + m_sourceAddress;
    curl_easy_setopt(curl, CURLOPT_INTERFACE, m_sourceAddress.empty() ? nullptr : source.c_str());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
    if (method == "GET")
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    if (withBody || !body.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
    if (m_uploadProgress) {
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, reportProgress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &m_uploadProgress);
    }

    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    std::string auth;
    if (!m_bearer.isEmpty()) {
        auth = "Authorization: Bearer " + m_bearer.toStdString();
        headers = curl_slist_append(headers, auth.c_str());
    }
    for (const auto& [name, value] : extraHeaders) {
        const std::string line = std::string(name).append(": ").append(value);
        headers = curl_slist_append(headers, line.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (code != CURLE_OK) {
        double total = 0, connect = 0, handshake = 0;
        curl_easy_getinfo(curl, CURLINFO_TOTAL_TIME, &total);
        curl_easy_getinfo(curl, CURLINFO_CONNECT_TIME, &connect);
        curl_easy_getinfo(curl, CURLINFO_APPCONNECT_TIME, &handshake);
        response.transportError = std::string(curl_easy_strerror(code)) + " after " + std::to_string(total) +
                                  " s (TCP connect " + std::to_string(connect) + " s, TLS done " +
                                  std::to_string(handshake) + " s)";
        response.status = 0;
        // A server may answer (e.g. 413) and close before reading an oversized body; keep what it said.
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        response.status = status;
        return response;
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

} // namespace selftrack::server::test
