// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/protocol/Problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace selftrack::server {

// Parses a request body into a JSON object: valid UTF-8, one JSON object, nothing after it.
Parsed<QJsonObject> parseJsonObject(std::string_view body);

// Reads the fields of one JSON object strictly: each accessor checks presence and type and
// records a FieldError (with the JSON path) instead of throwing; finish() reports fields that
// were never read as unknown. Errors are shared with child readers created by child().
class JsonReader {
public:
    JsonReader(QJsonObject object, std::string path, std::vector<FieldError>& errors);

    std::optional<QString> string(const char* name, bool required, qsizetype maxLength, qsizetype minLength = 1);
    std::optional<std::int64_t> integer(const char* name, bool required, std::int64_t min, std::int64_t max);
    std::optional<bool> boolean(const char* name, bool required);
    std::optional<QJsonObject> object(const char* name, bool required);
    std::optional<QJsonArray> array(const char* name, bool required);
    // Records an error for `name` (for checks beyond type and range).
    void error(const char* name, std::string message);
    void finish();
    std::string pathOf(const char* name) const;

private:
    std::optional<QJsonValue> take(const char* name, bool required);

    QJsonObject m_object;
    std::string m_path;
    std::vector<FieldError>& m_errors;
    QSet<QString> m_seen;
};

// Integer value of a JSON number when it is integral and within +-2^53.
std::optional<std::int64_t> jsonInteger(const QJsonValue& value);

} // namespace selftrack::server
