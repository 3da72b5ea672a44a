// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace selftrack::core {

// A prepared statement (RAII). Parameters are bound by 1-based index; values are never
// spliced into SQL text. Not thread-safe: use from the thread that owns the Database.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Text, as UTF-8. Text up to kKeptText bytes is kept in a buffer of the statement's own (one
    // per parameter, reused: no allocation once a cached statement is warm) until the parameter
    // is bound again, and SQLite reads it there without a copy; longer text SQLite copies.
    Statement& bind(int index, QStringView value);
    Statement& bind(int index, const QString& value) { return bind(index, QStringView(value)); }
    Statement& bind(int index, const char* value) { return bindText(index, QByteArrayView(value)); }
    // Text that is UTF-8 already (canonical JSON, ISO dates), bound without a QString.
    Statement& bindText(int index, QByteArrayView utf8);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bind(int index, const std::optional<QString>& value);
    Statement& bindNull(int index);

    // Returns true when a row is available, false when done.
    Result<bool> step();
    // Runs to completion, ignoring rows.
    Status exec();
    void reset();
    // Steps through every remaining row, mapping each with `read(const Statement&)`.
    template <typename Read> auto collect(Read read) -> Result<QList<std::invoke_result_t<Read, const Statement&>>> {
        QList<std::invoke_result_t<Read, const Statement&>> rows;
        for (;;) {
            auto row = step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return rows;
            rows.append(read(*this));
        }
    }
    // Steps to the first row and maps it with `read(const Statement&)`, then resets the statement
    // (a cached one is ready for reuse and holds no read lock). No row gives NotFound with
    // `notFoundMessage`. Meant for lookups by a unique key; further rows are not read.
    template <typename Read>
    auto single(Read read, const QString& notFoundMessage) -> Result<std::invoke_result_t<Read, const Statement&>> {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return fail(ErrorCode::NotFound, notFoundMessage);
        auto value = read(*this);
        reset();
        return value;
    }

    QString text(int column) const;
    QByteArray blob(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<QString> optionalText(int column) const;

    static constexpr qsizetype kKeptText = qsizetype{64} * 1024;

private:
    // The kept buffer of parameter `index`, resized to `size` bytes; null when the text is too long
    // to keep (or empty).
    char* keptText(int index, qsizetype size);
    void bindKept(int index, const char* text, qsizetype size);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<QByteArray> m_kept; // text bound by reference (SQLITE_STATIC), by parameter index - 1
};

} // namespace selftrack::core
