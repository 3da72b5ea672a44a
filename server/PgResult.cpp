// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PgResult.h"

#include <charconv>
#include <cstring>

namespace selftrack::server {

namespace {

std::int64_t parseInt64(const char* text, std::size_t length) {
    std::int64_t value = 0;
    std::from_chars(text, text + length, value);
    return value;
}

} // namespace

std::string PgResult::text(int row, int column) const {
    const char* value = PQgetvalue(m_result.get(), row, column);
    return std::string(value, static_cast<std::size_t>(PQgetlength(m_result.get(), row, column)));
}

std::int64_t PgResult::int64(int row, int column) const {
    const char* value = PQgetvalue(m_result.get(), row, column);
    return parseInt64(value, static_cast<std::size_t>(PQgetlength(m_result.get(), row, column)));
}

double PgResult::real(int row, int column) const {
    const char* value = PQgetvalue(m_result.get(), row, column);
    double number = 0;
    std::from_chars(value, value + PQgetlength(m_result.get(), row, column), number); // never locale-dependent
    return number;
}

bool PgResult::boolean(int row, int column) const {
    const char* value = PQgetvalue(m_result.get(), row, column);
    return value[0] == 't';
}

std::int64_t PgResult::affected() const {
    const char* tuples = PQcmdTuples(m_result.get());
    return parseInt64(tuples, std::strlen(tuples));
}

} // namespace selftrack::server
