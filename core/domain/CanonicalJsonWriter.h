// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

#include <cstdint>

namespace selftrack::core {

// Writes one flat JSON object byte for byte as RevisionLog::canonical (QJsonDocument's compact
// form of a QJsonObject) writes the same object, without building the QJsonObject: strings escaped
// as Qt escapes them (lone surrogates as \uXXXX), numbers formatted as Qt formats them (whole
// numbers up to 2^53 without exponent). The hot write paths use it for a revision's content.
// Keys are plain ASCII names given in ascending order, as QJsonObject keeps them.
class CanonicalJsonWriter {
public:
    explicit CanonicalJsonWriter(qsizetype reserve = 256);

    CanonicalJsonWriter& string(const char* key, QStringView value);
    // A value known to need no escaping (an enum name, an ISO date); checked in debug builds.
    CanonicalJsonWriter& ascii(const char* key, const char* value, qsizetype size);
    CanonicalJsonWriter& null(const char* key);
    CanonicalJsonWriter& number(const char* key, double value); // not finite: null, as Qt writes it
    CanonicalJsonWriter& integer(const char* key, std::int64_t value);
    CanonicalJsonWriter& boolean(const char* key, bool value);
    CanonicalJsonWriter& strings(const char* key, const QStringList& values);

    // Closes the object and returns it; the writer is empty afterwards.
    QByteArray take();

private:
    char* grow(qsizetype bytes); // `bytes` more at the end, to be written
    void appendRaw(const char* bytes, qsizetype size);
    void key(const char* name);
    void appendString(QStringView value);
    void appendInteger(std::int64_t value);

    QByteArray m_out;
    const char* m_lastKey = nullptr;
};

} // namespace selftrack::core
