// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/PgResult.h"
#include "server/PgValue.h"
#include "server/ServerError.h"

#include <libpq-fe.h>

#include <chrono>
#include <initializer_list>
#include <memory>
#include <string>
#include <unordered_map>

namespace selftrack::server {

// One libpq connection with its own cache of prepared statements (named per connection, prepared on
// first use). Values only ever travel as bound parameters. Not thread-safe: a connection belongs to
// one caller at a time (PgPool hands it out). Errors: Unavailable for a lost connection (broken()
// becomes true and the pool discards the connection), serialization failures, deadlocks and
// timeouts; EmailTaken for the unique email; InvalidInput for values PostgreSQL refuses (bad
// encoding, NUL bytes); Internal otherwise. Messages carry the SQLSTATE, never values.
class PgConnection {
public:
    // Connects to `url` (libpq URI). Failure: Unavailable, "cannot connect to PostgreSQL at
    // host:port: reason" (the password never appears), or Config when the URL does not parse.
    static Result<std::unique_ptr<PgConnection>> connect(const std::string& url);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Runs `sql` (placeholders $1, $2, ...) as a prepared statement with the given parameters.
    Result<PgResult> query(const std::string& sql, std::initializer_list<PgValue> params = {});
    // Runs constant SQL without parameters (transaction control, schema DDL).
    Status exec(const char* sql);
    // Called when the pool lends the connection out. The first statement of a lease reconnects first
    // when the server ended the idle session, and runs once more on a fresh session when the server
    // answers it by ending the session (SQLSTATE 57P0x: it never ran), so a database restart costs
    // no request.
    void beginLease() { m_fresh = true; }
    // One round trip: Unavailable when the server is gone.
    Status ping();

    bool broken() const { return m_broken || PQstatus(m_conn) != CONNECTION_OK; }
    // Inside a transaction block (open or aborted), i.e. not ready for the next caller.
    bool idleInTransaction() const { return PQtransactionStatus(m_conn) != PQTRANS_IDLE; }
    // Inside an open transaction block that has not failed.
    bool inOpenTransaction() const { return PQtransactionStatus(m_conn) == PQTRANS_INTRANS; }
    std::chrono::steady_clock::time_point lastUsed() const { return m_lastUsed; }

private:
    explicit PgConnection(PGconn* conn) : m_conn(conn), m_lastUsed(std::chrono::steady_clock::now()) {}
    Error failure(const PGresult* result);
    Result<PgResult> run(const std::string& sql, std::initializer_list<PgValue> params);
    Status runPlain(const char* sql);
    // After a failure: reconnects when the statement provably did not run and nothing of this lease
    // ran before it. true when the caller may try again.
    bool recover();
    // Before the first statement of a lease: reconnects when the server has ended the idle session.
    void reviveIfDropped();
    Result<const std::string*> prepared(const std::string& sql, int parameterCount);

    PGconn* m_conn;
    std::unordered_map<std::string, std::string> m_statements; // SQL text -> statement name
    bool m_broken = false;
    bool m_fresh = false;      // no statement of the current lease has succeeded yet
    bool m_terminated = false; // the last failure was the server ending the session (57P0x)
    std::chrono::steady_clock::time_point m_lastUsed;
};

} // namespace selftrack::server

// Evaluates a Result-returning expression; returns its error from the enclosing function, else binds
// the value to `name`.
// NOLINTBEGIN(bugprone-macro-parentheses): `name` is declared here, a declarator cannot be parenthesised.
#define PG_TRY(name, expr)                                                                                             \
    auto name##Tried = (expr);                                                                                         \
    if (!name##Tried)                                                                                                  \
        return std::unexpected(std::move(name##Tried.error()));                                                        \
    auto& name = *name##Tried
// NOLINTEND(bugprone-macro-parentheses)

// Evaluates a Status-returning expression; returns its error from the enclosing function.
#define PG_CHECK(expr)                                                                                                 \
    do {                                                                                                               \
        if (auto checked = (expr); !checked)                                                                           \
            return std::unexpected(std::move(checked.error()));                                                        \
    } while (false)
