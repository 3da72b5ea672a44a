// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CanonicalJsonWriter.h"

#include <QChar>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>

namespace selftrack::core {

namespace {
// Qt writes a double that holds a whole number up to 2^53 as an integer ("1000000000000", not
// "1e+12"), every other finite double in its shortest round-trip form.
constexpr double kLargestExactInteger = 9007199254740992.0;

char hexDigit(unsigned value) {
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

char* escapedUnit(char* out, char16_t unit) {
    *out++ = '\\';
    *out++ = 'u';
    *out++ = hexDigit((unit >> 12) & 0xf);
    *out++ = hexDigit((unit >> 8) & 0xf);
    *out++ = hexDigit((unit >> 4) & 0xf);
    *out++ = hexDigit(unit & 0xf);
    return out;
}

// The escape Qt writes for an ASCII unit, or 0 when it writes the unit as it is.
char shortEscape(char16_t unit) {
    switch (unit) {
    case u'"':
        return '"';
    case u'\\':
        return '\\';
    case u'\b':
        return 'b';
    case u'\f':
        return 'f';
    case u'\n':
        return 'n';
    case u'\r':
        return 'r';
    case u'\t':
        return 't';
    default:
        return 0;
    }
}
} // namespace

CanonicalJsonWriter::CanonicalJsonWriter(qsizetype reserve) {
    m_out.reserve(reserve);
    m_out.append('{');
}

char* CanonicalJsonWriter::grow(qsizetype bytes) {
    const qsizetype at = m_out.size();
    m_out.resize(at + bytes); // within the reserved capacity for a typical item: no allocation
    return m_out.data() + at;
}

void CanonicalJsonWriter::appendRaw(const char* bytes, qsizetype size) {
    std::memcpy(grow(size), bytes, static_cast<std::size_t>(size));
}

void CanonicalJsonWriter::key(const char* name) {
    Q_ASSERT_X(!m_lastKey || std::strcmp(m_lastKey, name) < 0, "CanonicalJsonWriter", "keys out of order");
    m_lastKey = name;
    const auto size = static_cast<qsizetype>(std::strlen(name));
    const bool first = m_out.size() == 1;
    char* out = grow(size + (first ? 3 : 4));
    if (!first)
        *out++ = ',';
    *out++ = '"';
    std::memcpy(out, name, static_cast<std::size_t>(size));
    out += size;
    *out++ = '"';
    *out = ':';
}

CanonicalJsonWriter& CanonicalJsonWriter::string(const char* name, QStringView value) {
    key(name);
    appendString(value);
    return *this;
}

CanonicalJsonWriter& CanonicalJsonWriter::ascii(const char* name, const char* value, qsizetype size) {
#ifndef QT_NO_DEBUG
    for (qsizetype i = 0; i < size; ++i)
        Q_ASSERT_X(value[i] >= 0x20 && value[i] != '"' && value[i] != '\\', "CanonicalJsonWriter", "needs escaping");
#endif
    key(name);
    char* out = grow(size + 2);
    *out++ = '"';
    std::memcpy(out, value, static_cast<std::size_t>(size));
    out[size] = '"';
    return *this;
}

CanonicalJsonWriter& CanonicalJsonWriter::null(const char* name) {
    key(name);
    appendRaw("null", 4);
    return *this;
}

CanonicalJsonWriter& CanonicalJsonWriter::number(const char* name, double value) {
    key(name);
    if (!std::isfinite(value))
        appendRaw("null", 4);
    else if (value == std::trunc(value) && std::abs(value) <= kLargestExactInteger)
        appendInteger(static_cast<std::int64_t>(value));
    else
        m_out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    return *this;
}

CanonicalJsonWriter& CanonicalJsonWriter::integer(const char* name, std::int64_t value) {
    key(name);
    appendInteger(value);
    return *this;
}

CanonicalJsonWriter& CanonicalJsonWriter::boolean(const char* name, bool value) {
    key(name);
    if (value)
        appendRaw("true", 4);
    else
        appendRaw("false", 5);
    return *this;
}

CanonicalJsonWriter& CanonicalJsonWriter::strings(const char* name, const QStringList& values) {
    key(name);
    m_out.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_out.append(',');
        appendString(values[i]);
    }
    m_out.append(']');
    return *this;
}

QByteArray CanonicalJsonWriter::take() {
    m_out.append('}');
    return std::exchange(m_out, QByteArray());
}

void CanonicalJsonWriter::appendInteger(std::int64_t value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    appendRaw(digits, end - digits);
}

void CanonicalJsonWriter::appendString(QStringView value) {
    // Invariant: the room left holds 3 bytes for each unit still to write (the most any unit but
    // an escaped one takes) and the closing quote. A \uXXXX escape (6 bytes) makes room first.
    qsizetype at = m_out.size();
    m_out.resize(at + 3 * value.size() + 2);
    char* out = m_out.data() + at;
    char* limit = m_out.data() + m_out.size();
    const char16_t* p = value.utf16();
    const char16_t* const end = p + value.size();
    auto escape = [&](char16_t unit) {
        const qsizetype bytes = 6 + 3 * (end - p) + 1;
        if (limit - out < bytes) {
            at = out - m_out.constData();
            m_out.resize(2 * m_out.size() + bytes);
            out = m_out.data() + at;
            limit = m_out.data() + m_out.size();
        }
        out = escapedUnit(out, unit);
    };
    *out++ = '"';
    while (p != end) {
        const char16_t unit = *p++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                *out++ = static_cast<char>(unit);
            } else if (const char shortForm = shortEscape(unit)) {
                *out++ = '\\';
                *out++ = shortForm;
            } else {
                escape(unit);
            }
        } else if (unit < 0x800) {
            *out++ = static_cast<char>(0xc0 | (unit >> 6));
            *out++ = static_cast<char>(0x80 | (unit & 0x3f));
        } else if (!QChar::isSurrogate(unit)) {
            *out++ = static_cast<char>(0xe0 | (unit >> 12));
            *out++ = static_cast<char>(0x80 | ((unit >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t code = QChar::surrogateToUcs4(unit, *p++);
            *out++ = static_cast<char>(0xf0 | (code >> 18));
            *out++ = static_cast<char>(0x80 | ((code >> 12) & 0x3f));
            *out++ = static_cast<char>(0x80 | ((code >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (code & 0x3f));
        } else {
            escape(unit); // a lone surrogate: not encodable as UTF-8, so Qt escapes it
        }
    }
    *out++ = '"';
    m_out.truncate(out - m_out.constData());
}

} // namespace selftrack::core
