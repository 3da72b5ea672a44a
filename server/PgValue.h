// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace selftrack::server {

// One bound parameter of a PostgreSQL statement. Text is sent in binary format with its length
// (raw UTF-8, so the server validates the encoding and a NUL byte is an error, never a silent
// truncation); numbers and booleans are sent as text. A PgValue only views the text it was given:
// the caller's string must outlive the statement call (true for the usual brace-list argument).
class PgValue {
public:
    PgValue(std::int64_t number) : m_number(std::to_string(number)), m_isText(false) {}
    PgValue(int number) : PgValue(static_cast<std::int64_t>(number)) {}
    // Shortest text that reads back as the same double, independent of the C locale.
    PgValue(double number) : m_number(shortest(number)), m_isText(false) {}
    PgValue(bool flag) : m_number(flag ? "t" : "f"), m_isText(false) {}
    PgValue(const std::string& text) : m_text(text), m_isText(true) {}
    PgValue(std::string_view text) : m_text(text), m_isText(true) {}
    PgValue(const char* text) : m_text(text), m_isText(true) {}

    // Pointers are computed on use, so a PgValue stays valid after being copied.
    const char* data() const { return m_isText ? m_text.data() : m_number.c_str(); }
    int length() const { return static_cast<int>(m_isText ? m_text.size() : m_number.size()); }
    int format() const { return m_isText ? 1 : 0; }

private:
    static std::string shortest(double number) {
        char buffer[32];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
        return std::string(buffer, end);
    }

    std::string m_number;
    std::string_view m_text;
    bool m_isText;
};

} // namespace selftrack::server
