// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/PgConnection.h"

namespace selftrack::server {

// A transaction on one PgConnection, rolled back when the scope ends without commit().
class PgTransaction {
public:
    // Writers: READ COMMITTED, serialized by row locks. Readers that need one consistent snapshot
    // over several statements use kSnapshot.
    static constexpr const char* kReadWrite = "BEGIN";
    static constexpr const char* kSnapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

    explicit PgTransaction(PgConnection& connection, const char* begin = kReadWrite)
        : m_connection(connection), m_begun(connection.exec(begin)) {}
    ~PgTransaction() {
        if (m_begun && !m_finished)
            (void)m_connection.exec("ROLLBACK");
    }
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    const Status& begun() const { return m_begun; }
    // COMMIT of an aborted transaction would silently roll back; that is reported as an error.
    Status commit() {
        m_finished = true;
        if (m_connection.broken())
            return fail(ErrorCode::Unavailable, "The connection to PostgreSQL was lost.");
        if (m_connection.idleInTransaction() && !m_connection.inOpenTransaction()) {
            (void)m_connection.exec("ROLLBACK");
            return fail(ErrorCode::Internal, "The transaction was aborted before commit.");
        }
        return m_connection.exec("COMMIT");
    }

private:
    PgConnection& m_connection;
    Status m_begun;
    bool m_finished = false;
};

} // namespace selftrack::server
