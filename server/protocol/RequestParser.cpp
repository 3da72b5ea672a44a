// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/protocol/RequestParser.h"

#include "server/protocol/Cursor.h"
#include "server/protocol/Email.h"
#include "server/protocol/JsonReader.h"

#include <QByteArray>

#include <charconv>
#include <set>

namespace selftrack::server {

namespace {

constexpr qsizetype kMaxEmailField = 1024;
constexpr qsizetype kMaxWrappedKey = 4096;
constexpr qsizetype kMaxDeviceName = 100;
constexpr qsizetype kMaxPolicyVersion = 64;
constexpr qsizetype kMaxBase64Field = 256;
constexpr std::int64_t kMinKdfMemoryKiB = 19456;
constexpr std::int64_t kMaxKdfMemoryKiB = 4 * 1024 * 1024;

std::string utf8(const QString& text) {
    return text.toUtf8().toStdString();
}

// Decodes standard base64 of exactly `size` bytes straight into a zeroing buffer.
std::optional<core::SecureBuffer> decodeSecret(JsonReader& reader, const char* name, bool required, std::size_t size) {
    const auto text = reader.string(name, required, kMaxBase64Field);
    if (!text)
        return std::nullopt;
    QByteArray latin = text->toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
    latin.fill('\0');
    if (!decoded || static_cast<std::size_t>(decoded.decoded.size()) != size) {
        decoded.decoded.fill('\0');
        reader.error(name, "must be standard base64 of " + std::to_string(size) + " bytes");
        return std::nullopt;
    }
    core::SecureBuffer secret(decoded.decoded.constData(), size);
    decoded.decoded.fill('\0');
    return secret;
}

std::optional<std::string> readEmail(JsonReader& reader, const char* name, bool required) {
    const auto text = reader.string(name, required, kMaxEmailField);
    if (!text)
        return std::nullopt;
    auto email = normalizeEmail(utf8(*text));
    if (!email)
        reader.error(name, "is not a valid email address");
    return email;
}

std::optional<KdfParams> readKdf(JsonReader& parent, const char* name, bool required) {
    const auto object = parent.object(name, required);
    if (!object)
        return std::nullopt;
    std::vector<FieldError> errors;
    JsonReader reader(*object, parent.pathOf(name), errors);
    KdfParams kdf;
    const auto algorithm = reader.string("algorithm", true, 32);
    if (algorithm && *algorithm != QStringLiteral("argon2id"))
        reader.error("algorithm", "must be \"argon2id\"");
    const auto memory = reader.integer("memory_kib", true, kMinKdfMemoryKiB, kMaxKdfMemoryKiB);
    const auto iterations = reader.integer("iterations", true, 2, 64);
    const auto parallelism = reader.integer("parallelism", true, 1, 16);
    const auto seed = decodeSecret(reader, "seed", true, kSeedBytes);
    reader.finish();
    if (!errors.empty()) {
        for (auto& error : errors)
            parent.error(name, error.field.substr(parent.pathOf(name).size() + 1) + " " + error.message);
        return std::nullopt;
    }
    kdf.memoryKiB = *memory;
    kdf.iterations = *iterations;
    kdf.parallelism = *parallelism;
    kdf.seed = QByteArray(reinterpret_cast<const char*>(seed->data()), static_cast<qsizetype>(seed->size()))
                   .toBase64()
                   .toStdString();
    return kdf;
}

} // namespace

Parsed<RegisterRequest> parseRegister(std::string_view body) {
    auto object = parseJsonObject(body);
    if (!object)
        return std::unexpected(object.error());
    std::vector<FieldError> errors;
    JsonReader reader(*object, "", errors);
    RegisterRequest request;
    auto email = readEmail(reader, "email", true);
    auto password = decodeSecret(reader, "server_password", true, kServerPasswordBytes);
    auto kdf = readKdf(reader, "kdf", true);
    const auto wrappedKey = reader.string("wrapped_key", true, kMaxWrappedKey);
    const auto age = reader.boolean("age_confirmed", false);
    const auto policy = reader.string("privacy_policy_version", false, kMaxPolicyVersion, 0);
    reader.finish();
    if (!errors.empty()) {
        Problem problem = Problem::invalid(std::move(errors));
        if (problem.errors.front().field == "email" && email == std::nullopt && problem.errors.size() == 1 &&
            problem.errors.front().message != "is required")
            problem.code = "invalid-email";
        return std::unexpected(std::move(problem));
    }
    if (!age.value_or(false) || !policy || policy->isEmpty())
        return std::unexpected(Problem::make(403, "consent-required",
                                             "Registering requires confirming an age of 13 or older "
                                             "(age_confirmed: true) and the accepted privacy_policy_version."));
    request.email = std::move(*email);
    request.serverPassword = std::move(*password);
    request.kdf = std::move(*kdf);
    request.wrappedKey = utf8(*wrappedKey);
    request.privacyPolicyVersion = utf8(*policy);
    return request;
}

Parsed<LoginRequest> parseLogin(std::string_view body) {
    auto object = parseJsonObject(body);
    if (!object)
        return std::unexpected(object.error());
    std::vector<FieldError> errors;
    JsonReader reader(*object, "", errors);
    auto email = readEmail(reader, "email", true);
    auto password = decodeSecret(reader, "server_password", true, kServerPasswordBytes);
    const auto device = reader.string("device_name", false, kMaxDeviceName, 0);
    reader.finish();
    if (!errors.empty())
        return std::unexpected(Problem::invalid(std::move(errors)));
    LoginRequest request;
    request.email = std::move(*email);
    request.serverPassword = std::move(*password);
    request.deviceName = device ? utf8(*device) : std::string();
    return request;
}

Parsed<PatchAccountRequest> parsePatchAccount(std::string_view body) {
    auto object = parseJsonObject(body);
    if (!object)
        return std::unexpected(object.error());
    std::vector<FieldError> errors;
    JsonReader reader(*object, "", errors);
    PatchAccountRequest request;
    auto current = decodeSecret(reader, "current_password", true, kServerPasswordBytes);
    request.email = readEmail(reader, "email", false);
    request.serverPassword = decodeSecret(reader, "server_password", false, kServerPasswordBytes);
    request.kdf = readKdf(reader, "kdf", false);
    if (const auto key = reader.string("wrapped_key", false, kMaxWrappedKey))
        request.wrappedKey = utf8(*key);
    reader.finish();
    if (errors.empty()) {
        const bool credentials = request.email || request.serverPassword;
        if (credentials && (!request.serverPassword || !request.kdf || !request.wrappedKey))
            reader.error("server_password",
                         "kdf and wrapped_key are required together when changing the email or the password");
        if (!credentials && request.kdf)
            reader.error("kdf", "may only change together with server_password");
        if (!credentials && !request.wrappedKey)
            reader.error("email", "or server_password or wrapped_key: nothing to change");
    }
    if (!errors.empty())
        return std::unexpected(Problem::invalid(std::move(errors)));
    request.currentPassword = std::move(*current);
    return request;
}

Parsed<ReauthRequest> parseReauth(std::string_view body) {
    auto object = parseJsonObject(body);
    if (!object)
        return std::unexpected(object.error());
    std::vector<FieldError> errors;
    JsonReader reader(*object, "", errors);
    auto current = decodeSecret(reader, "current_password", true, kServerPasswordBytes);
    reader.finish();
    if (!errors.empty())
        return std::unexpected(Problem::invalid(std::move(errors)));
    return ReauthRequest{std::move(*current)};
}

bool isCanonicalUuid(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

bool isSessionId(std::string_view text) {
    if (text.size() != 32)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

Parsed<std::string> parseItemId(std::string_view text) {
    if (!isCanonicalUuid(text))
        return std::unexpected(Problem::invalid({{"item_id", "must be a lower-case canonical UUID"}}));
    return std::string(text);
}

namespace {

std::optional<std::int64_t> parseDecimal(std::string_view text, std::int64_t min, std::int64_t max) {
    if (text.empty() || text.size() > 19 || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
        return std::nullopt;
    return value;
}

// Checks that only `allowed` names occur, each at most once.
std::vector<FieldError> checkQueryNames(const QueryParams& params, const std::set<std::string>& allowed) {
    std::vector<FieldError> errors;
    std::set<std::string> seen;
    for (const auto& [name, value] : params) {
        (void)value;
        if (errors.size() >= kMaxFieldErrors)
            break;
        if (!allowed.contains(name))
            errors.push_back({name, "is not a known query parameter"});
        else if (!seen.insert(name).second)
            errors.push_back({name, "is given more than once"});
    }
    return errors;
}

std::optional<std::string> queryValue(const QueryParams& params, const std::string& name) {
    const auto it = params.find(name);
    return it == params.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::optional<int> readLimit(const QueryParams& params, std::vector<FieldError>& errors) {
    const auto text = queryValue(params, "limit");
    if (!text)
        return kDefaultPageSize;
    const auto limit = parseDecimal(*text, 1, kMaxPageSize);
    if (!limit) {
        errors.push_back({"limit", "must be an integer from 1 to " + std::to_string(kMaxPageSize)});
        return std::nullopt;
    }
    return static_cast<int>(*limit);
}

} // namespace

Parsed<std::int64_t> parseRevNumber(std::string_view text) {
    const auto rev = parseDecimal(text, 1, (std::int64_t{1} << 53));
    if (!rev)
        return std::unexpected(Problem::invalid({{"rev", "must be a positive integer"}}));
    return *rev;
}

Parsed<std::string> parseAuthParamsQuery(const QueryParams& params) {
    auto errors = checkQueryNames(params, {"email"});
    const auto email = queryValue(params, "email");
    if (errors.empty() && !email)
        errors.push_back({"email", "is required"});
    if (!errors.empty())
        return std::unexpected(Problem::invalid(std::move(errors)));
    auto normalized = normalizeEmail(email->size() > kMaxEmailField ? std::string_view() : *email);
    if (!normalized)
        return std::unexpected(Problem::make(400, "invalid-email", "The email address is not valid."));
    return *normalized;
}

Parsed<ChangesQuery> parseChangesQuery(const QueryParams& params) {
    auto errors = checkQueryNames(params, {"cursor", "limit"});
    ChangesQuery query;
    if (const auto limit = readLimit(params, errors))
        query.limit = *limit;
    if (!errors.empty())
        return std::unexpected(Problem::invalid(std::move(errors)));
    const auto seq = decodeCursor(queryValue(params, "cursor").value_or(std::string()));
    if (!seq)
        return std::unexpected(Problem::make(400, "invalid-cursor", "The cursor was not issued by this server."));
    query.afterSeq = *seq;
    return query;
}

Parsed<RevisionsQuery> parseRevisionsQuery(const QueryParams& params) {
    auto errors = checkQueryNames(params, {"after", "limit"});
    RevisionsQuery query;
    if (const auto limit = readLimit(params, errors))
        query.limit = *limit;
    if (const auto after = queryValue(params, "after")) {
        const auto value =
            *after == "0" ? std::optional<std::int64_t>(0) : parseDecimal(*after, 1, std::int64_t{1} << 53);
        if (value)
            query.afterRev = *value;
        else
            errors.push_back({"after", "must be a non-negative integer"});
    }
    if (!errors.empty())
        return std::unexpected(Problem::invalid(std::move(errors)));
    return query;
}

Parsed<bool> parseNoQuery(const QueryParams& params) {
    auto errors = checkQueryNames(params, {});
    if (!errors.empty())
        return std::unexpected(Problem::invalid(std::move(errors)));
    return true;
}

} // namespace selftrack::server
