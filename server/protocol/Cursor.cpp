// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/protocol/Cursor.h"

#include <QByteArray>

#include <charconv>

namespace selftrack::server {

namespace {

constexpr std::string_view kPrefix = "c1.";
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

std::string encodeCursor(std::int64_t seq) {
    return std::string(kPrefix) + QByteArray::number(static_cast<qlonglong>(seq)).toBase64(kBase64Url).toStdString();
}

std::optional<std::int64_t> decodeCursor(std::string_view cursor) {
    if (cursor.empty())
        return 0;
    if (cursor.size() > 64 || !cursor.starts_with(kPrefix))
        return std::nullopt;
    const std::string_view encoded = cursor.substr(kPrefix.size());
    auto decoded = QByteArray::fromBase64Encoding(QByteArray(encoded.data(), static_cast<qsizetype>(encoded.size())),
                                                  kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    const QByteArray& digits = decoded.decoded;
    if (digits.size() > 1 && digits.front() == '0')
        return std::nullopt;
    std::int64_t seq = 0;
    const auto [end, ec] = std::from_chars(digits.constData(), digits.constData() + digits.size(), seq);
    if (ec != std::errc() || end != digits.constData() + digits.size() || seq < 0)
        return std::nullopt;
    if (encodeCursor(seq) != cursor) // canonical form only
        return std::nullopt;
    return seq;
}

} // namespace selftrack::server
