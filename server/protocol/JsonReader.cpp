// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/protocol/JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

namespace selftrack::server {

namespace {

constexpr double kMaxSafeInteger = 9007199254740992.0; // 2^53

bool isValidUtf8(std::string_view bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    (void)decoded;
    return !decoder.hasError();
}

// Index of the closing quote of the string starting at text[open]; the decoded text goes to
// `decoded` when given. The input is known to be valid JSON.
std::size_t scanString(std::string_view text, std::size_t open, QString* decoded) {
    std::size_t i = open + 1;
    std::size_t runStart = i;
    auto flush = [&](std::size_t end) {
        if (decoded && end > runStart)
            decoded->append(QString::fromUtf8(text.data() + runStart, static_cast<qsizetype>(end - runStart)));
    };
    while (i < text.size() && text[i] != '"') {
        if (text[i] != '\\') {
            ++i;
            continue;
        }
        flush(i);
        const char escape = i + 1 < text.size() ? text[i + 1] : '\0';
        if (escape == 'u' && i + 5 < text.size()) {
            unsigned unit = 0;
            std::from_chars(text.data() + i + 2, text.data() + i + 6, unit, 16);
            if (decoded)
                decoded->append(QChar(static_cast<char16_t>(unit)));
            i += 6;
        } else {
            if (decoded)
                decoded->append(QLatin1Char(escape));
            i += 2;
        }
        runStart = i;
    }
    flush(i);
    return i;
}

// Whether any object in the (valid) JSON text repeats a key; Qt's parser silently keeps one.
bool hasDuplicateKeys(std::string_view text) {
    struct Frame {
        bool isObject;
        bool expectKey;
        QSet<QString> keys;
    };
    std::vector<Frame> stack;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{' || c == '[') {
            stack.push_back(Frame{c == '{', c == '{', {}});
        } else if ((c == '}' || c == ']') && !stack.empty()) {
            stack.pop_back();
        } else if (c == ',' && !stack.empty() && stack.back().isObject) {
            stack.back().expectKey = true;
        } else if (c == '"') {
            const bool isKey = !stack.empty() && stack.back().isObject && stack.back().expectKey;
            QString key;
            i = scanString(text, i, isKey ? &key : nullptr);
            if (isKey) {
                if (stack.back().keys.contains(key))
                    return true;
                stack.back().keys.insert(key);
                stack.back().expectKey = false;
            }
        }
    }
    return false;
}

} // namespace

Parsed<QJsonObject> parseJsonObject(std::string_view body) {
    if (body.empty())
        return std::unexpected(
            Problem::make(400, "invalid-json", "The request body is empty; a JSON object is expected."));
    if (!isValidUtf8(body))
        return std::unexpected(Problem::make(400, "invalid-json", "The request body is not valid UTF-8."));
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(body.data(), static_cast<qsizetype>(body.size())), &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(Problem::make(400, "invalid-json",
                                             "The request body is not valid JSON (" +
                                                 error.errorString().toStdString() + " at offset " +
                                                 std::to_string(error.offset) + ")."));
    if (!document.isObject())
        return std::unexpected(Problem::make(400, "invalid-json", "The request body must be a JSON object."));
    if (hasDuplicateKeys(body))
        return std::unexpected(Problem::make(400, "invalid-json", "The request body repeats a key in an object."));
    return document.object();
}

std::optional<std::int64_t> jsonInteger(const QJsonValue& value) {
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > kMaxSafeInteger)
        return std::nullopt;
    return static_cast<std::int64_t>(number);
}

JsonReader::JsonReader(QJsonObject object, std::string path, std::vector<FieldError>& errors)
    : m_object(std::move(object)), m_path(std::move(path)), m_errors(errors) {}

std::string JsonReader::pathOf(const char* name) const {
    return m_path.empty() ? name : m_path + "." + name;
}

void JsonReader::error(const char* name, std::string message) {
    if (m_errors.size() < kMaxFieldErrors)
        m_errors.push_back({pathOf(name), std::move(message)});
}

std::optional<QJsonValue> JsonReader::take(const char* name, bool required) {
    const QString key = QString::fromLatin1(name);
    m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            error(name, "is required");
        return std::nullopt;
    }
    return *it;
}

std::optional<QString> JsonReader::string(const char* name, bool required, qsizetype maxLength, qsizetype minLength) {
    const auto value = take(name, required);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        error(name, "must be a string");
        return std::nullopt;
    }
    QString text = value->toString();
    // U+0000 is refused everywhere: PostgreSQL text cannot hold it, and both backends must agree.
    if (text.contains(QChar(u'\0'))) {
        error(name, "must not contain the character U+0000");
        return std::nullopt;
    }
    const qsizetype bytes = text.toUtf8().size();
    if (bytes < minLength || bytes > maxLength) {
        error(name, "must be " + std::to_string(minLength) + " to " + std::to_string(maxLength) + " bytes long");
        return std::nullopt;
    }
    return text;
}

std::optional<std::int64_t> JsonReader::integer(const char* name, bool required, std::int64_t min, std::int64_t max) {
    const auto value = take(name, required);
    if (!value)
        return std::nullopt;
    const auto number = jsonInteger(*value);
    if (!number) {
        error(name, "must be an integer");
        return std::nullopt;
    }
    if (*number < min || *number > max) {
        error(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> JsonReader::boolean(const char* name, bool required) {
    const auto value = take(name, required);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        error(name, "must be true or false");
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<QJsonObject> JsonReader::object(const char* name, bool required) {
    const auto value = take(name, required);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        error(name, "must be an object");
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonArray> JsonReader::array(const char* name, bool required) {
    const auto value = take(name, required);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        error(name, "must be an array");
        return std::nullopt;
    }
    return value->toArray();
}

void JsonReader::finish() {
    for (auto it = m_object.constBegin(); it != m_object.constEnd() && m_errors.size() < kMaxFieldErrors; ++it) {
        if (!m_seen.contains(it.key()))
            m_errors.push_back({pathOf(it.key().toUtf8().constData()), "is not a known field"});
    }
}

} // namespace selftrack::server
