// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <string>

namespace selftrack::server {

// Owns one successful PGresult (text format). Accessors take a row and column index; a NULL
// value reads as empty text / 0 / false (isNull tells them apart).
class PgResult {
public:
    explicit PgResult(PGresult* result) : m_result(result, &PQclear) {}

    int rows() const { return PQntuples(m_result.get()); }
    bool empty() const { return rows() == 0; }
    bool isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }
    std::string text(int row, int column) const;
    std::int64_t int64(int row, int column) const;
    double real(int row, int column) const;
    bool boolean(int row, int column) const;
    // Rows touched by INSERT / UPDATE / DELETE.
    std::int64_t affected() const;
    // For status checks; may be null (out of memory, lost connection).
    const PGresult* raw() const { return m_result.get(); }

private:
    std::unique_ptr<PGresult, decltype(&PQclear)> m_result;
};

} // namespace selftrack::server
