// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/PgConnection.h"

#include <cstring>
#include <optional>
#include <poll.h>
#include <vector>

namespace selftrack::server {

namespace {

struct ParsedUrl {
    std::string host;
    std::string port;
    std::string password;
};

// Host, port and password of a libpq URI; nullopt when it does not parse.
std::optional<ParsedUrl> parseUrl(const std::string& url) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
    if (error)
        PQfreemem(error); // may quote the URL, password included: never shown
    if (!options)
        return std::nullopt;
    ParsedUrl parsed;
    std::string hostaddr;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        const std::string value = option->val ? option->val : "";
        if (std::strcmp(option->keyword, "host") == 0)
            parsed.host = value;
        else if (std::strcmp(option->keyword, "hostaddr") == 0)
            hostaddr = value;
        else if (std::strcmp(option->keyword, "port") == 0)
            parsed.port = value;
        else if (std::strcmp(option->keyword, "password") == 0)
            parsed.password = value;
    }
    PQconninfoFree(options);
    if (parsed.host.empty())
        parsed.host = hostaddr.empty() ? "localhost" : hostaddr;
    if (parsed.port.empty())
        parsed.port = "5432";
    return parsed;
}

// libpq's multi-line message as one line, with the password masked should the server echo it.
std::string oneLine(const char* message, const std::string& password) {
    std::string line;
    for (const char* c = message; *c; ++c) {
        if (*c == '\n' || *c == '\t') {
            if (!line.empty() && line.back() != ' ')
                line += ' ';
        } else {
            line += *c;
        }
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    for (std::size_t at; !password.empty() && (at = line.find(password)) != std::string::npos;)
        line.replace(at, password.size(), "***");
    return line;
}

// Server notices ("relation already exists, skipping") are expected chatter, not operator news.
void discardNotice(void*, const char*) {}

bool connectionLost(const std::string& state) {
    return state.starts_with("08") || state == "57P01" || state == "57P02" || state == "57P03";
}

bool retryable(const std::string& state) {
    return state == "40001" || state == "40P01" || state == "55P03" || state == "57014" || state == "53300";
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const std::string& url) {
    const auto parsed = parseUrl(url);
    if (!parsed)
        return fail(ErrorCode::Config, "The --database URL is not a valid PostgreSQL connection URI.");
    // Defaults first: settings in the URL itself take precedence. A lock wait above 30 s (another
    // process stuck inside a push of the same account) becomes a retryable error, not a hung worker.
    const char* keys[] = {"connect_timeout", "application_name", "options", "dbname", nullptr};
    const char* values[] = {"10", "selftrack-server", "-c lock_timeout=30000", url.c_str(), nullptr};
    PGconn* conn = PQconnectdbParams(keys, values, 1);
    if (!conn)
        return fail(ErrorCode::Unavailable, "cannot connect to PostgreSQL: out of memory");
    if (PQstatus(conn) != CONNECTION_OK) {
        std::string message = "cannot connect to PostgreSQL at " + parsed->host + ":" + parsed->port + ": " +
                              oneLine(PQerrorMessage(conn), parsed->password);
        PQfinish(conn);
        return fail(ErrorCode::Unavailable, std::move(message));
    }
    PQsetNoticeProcessor(conn, &discardNotice, nullptr);
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::~PgConnection() {
    PQfinish(m_conn);
}

Error PgConnection::failure(const PGresult* result) {
    const char* field = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string state = field ? field : "";
    if (!result || PQstatus(m_conn) != CONNECTION_OK || connectionLost(state)) {
        m_broken = true;
        m_terminated = state.starts_with("57P0");
        return Error{ErrorCode::Unavailable, "The connection to PostgreSQL was lost."};
    }
    if (state == "23505") {
        const char* constraint = PQresultErrorField(result, PG_DIAG_CONSTRAINT_NAME);
        if (constraint && std::strcmp(constraint, "accounts_email_key") == 0)
            return Error{ErrorCode::EmailTaken, "An account with this email exists."};
    }
    if (retryable(state))
        return Error{ErrorCode::Unavailable, "PostgreSQL is busy (SQLSTATE " + state + "); try again."};
    if (state.starts_with("22"))
        return Error{ErrorCode::InvalidInput, "PostgreSQL refused a value (SQLSTATE " + state + ")."};
    return Error{ErrorCode::Internal, "PostgreSQL error (SQLSTATE " + state + ")."};
}

Result<const std::string*> PgConnection::prepared(const std::string& sql, int parameterCount) {
    if (auto found = m_statements.find(sql); found != m_statements.end())
        return &found->second;
    std::string name = "st" + std::to_string(m_statements.size() + 1);
    const PgResult result(PQprepare(m_conn, name.c_str(), sql.c_str(), parameterCount, nullptr));
    if (PQresultStatus(result.raw()) != PGRES_COMMAND_OK)
        return std::unexpected(failure(result.raw()));
    return &m_statements.emplace(sql, std::move(name)).first->second;
}

void PgConnection::reviveIfDropped() {
    // An idle session receives nothing unless the server ends it (restart, failover, idle timeout:
    // it sends a FATAL notice and closes). Reconnecting now costs nothing that was sent.
    pollfd socket{PQsocket(m_conn), POLLIN, 0};
    if (socket.fd < 0 || ::poll(&socket, 1, 0) != 0) {
        PQreset(m_conn);
        m_statements.clear(); // prepared statements died with the old session
        m_broken = PQstatus(m_conn) != CONNECTION_OK;
    }
}

bool PgConnection::recover() {
    if (!m_fresh || !m_terminated)
        return false;
    m_fresh = false;
    m_terminated = false;
    PQreset(m_conn);
    m_statements.clear(); // prepared statements died with the old session
    m_broken = PQstatus(m_conn) != CONNECTION_OK;
    return !m_broken;
}

Result<PgResult> PgConnection::query(const std::string& sql, std::initializer_list<PgValue> params) {
    if (m_fresh)
        reviveIfDropped();
    auto result = run(sql, params);
    if (!result && recover())
        result = run(sql, params);
    m_fresh = false;
    return result;
}

Status PgConnection::exec(const char* sql) {
    if (m_fresh)
        reviveIfDropped();
    auto result = runPlain(sql);
    if (!result && recover())
        result = runPlain(sql);
    m_fresh = false;
    return result;
}

Result<PgResult> PgConnection::run(const std::string& sql, std::initializer_list<PgValue> params) {
    m_lastUsed = std::chrono::steady_clock::now();
    const int count = static_cast<int>(params.size());
    PG_TRY(name, prepared(sql, count));
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const PgValue& value : params) {
        values.push_back(value.data());
        lengths.push_back(value.length());
        formats.push_back(value.format());
    }
    PgResult result(PQexecPrepared(m_conn, name->c_str(), count, values.data(), lengths.data(), formats.data(), 0));
    const ExecStatusType status = PQresultStatus(result.raw());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return std::unexpected(failure(result.raw()));
    return result;
}

Status PgConnection::runPlain(const char* sql) {
    m_lastUsed = std::chrono::steady_clock::now();
    const PgResult result(PQexec(m_conn, sql));
    const ExecStatusType status = PQresultStatus(result.raw());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && status != PGRES_EMPTY_QUERY)
        return std::unexpected(failure(result.raw()));
    return {};
}

Status PgConnection::ping() {
    return runPlain("");
}

} // namespace selftrack::server
