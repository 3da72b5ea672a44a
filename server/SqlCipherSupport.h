// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/storage/Statement.h"
#include "server/ServerError.h"

#include <QString>

#include <string>

// Helpers for the SQLCipher backend's .cpp files only.
namespace selftrack::server {

Error toError(const core::Error& error);

inline QString qtext(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
inline std::string stdText(const core::Statement& statement, int column) {
    return statement.text(column).toUtf8().toStdString();
}

// Resets a cached statement when the scope ends, so no read snapshot stays open.
struct StatementReset {
    core::Statement* statement;
    ~StatementReset() { statement->reset(); }
};

} // namespace selftrack::server

// NOLINTBEGIN(bugprone-macro-parentheses): `name` and `row` are declared here, a declarator cannot be parenthesised.
// Prepares (from the connection's cache) `name` on `db` or returns the error from the function.
#define ST_PREPARE(name, db, sql)                                                                                      \
    auto name##Prepared = (db).cached(sql);                                                                            \
    if (!name##Prepared)                                                                                               \
        return std::unexpected(::selftrack::server::toError(name##Prepared.error()));                                  \
    ::selftrack::core::Statement& name = **name##Prepared;                                                             \
    ::selftrack::server::StatementReset name##Reset {                                                                  \
        &name                                                                                                          \
    }

// Steps `statement`; `row` is true when a row is available. Returns the error from the function.
#define ST_STEP(row, statement)                                                                                        \
    auto row##Stepped = (statement).step();                                                                            \
    if (!row##Stepped)                                                                                                 \
        return std::unexpected(::selftrack::server::toError(row##Stepped.error()));                                    \
    const bool row = *row##Stepped
// NOLINTEND(bugprone-macro-parentheses)

// Runs a status-returning core call; returns the converted error from the function.
#define ST_CHECK(expr)                                                                                                 \
    do {                                                                                                               \
        if (auto checked = (expr); !checked)                                                                           \
            return std::unexpected(::selftrack::server::toError(checked.error()));                                     \
    } while (false)
