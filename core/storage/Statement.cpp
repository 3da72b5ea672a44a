// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Statement.h"

#include <sqlite3.h>

#include <cstring>

namespace selftrack::core {

Statement::~Statement() {
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_kept(std::move(other.m_kept)) {
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_kept = std::move(other.m_kept); // the moved buffers keep their bytes where they are
        other.m_stmt = nullptr;
    }
    return *this;
}

char* Statement::keptText(int index, qsizetype size) {
    if (index < 1 || size == 0 || size > kKeptText)
        return nullptr;
    if (m_kept.size() < static_cast<std::size_t>(index))
        m_kept.resize(static_cast<std::size_t>(index));
    // SQLite may still point at the old bytes (SQLITE_STATIC), but reads them only in a step, and
    // the parameter is bound anew before the next one.
    QByteArray& kept = m_kept[static_cast<std::size_t>(index - 1)];
    kept.resize(size); // keeps its capacity
    return kept.data();
}

void Statement::bindKept(int index, const char* text, qsizetype size) {
    sqlite3_bind_text(m_stmt, index, text, static_cast<int>(size), SQLITE_STATIC);
}

Statement& Statement::bind(int index, QStringView value) {
    // ASCII (ids, timestamps, most tags and notes) is narrowed straight into the kept buffer.
    // Everything else takes QString's own UTF-8 conversion (its handling of lone surrogates
    // included).
    if (char* out = keptText(index, value.size())) {
        const char16_t* units = value.utf16();
        qsizetype i = 0;
        for (; i < value.size() && units[i] < 0x80; ++i)
            out[i] = static_cast<char>(units[i]);
        if (i == value.size()) {
            bindKept(index, out, i);
            return *this;
        }
    }
    return bindText(index, value.toUtf8());
}

Statement& Statement::bindText(int index, QByteArrayView utf8) {
    if (char* out = keptText(index, utf8.size())) {
        std::memcpy(out, utf8.data(), static_cast<std::size_t>(utf8.size()));
        bindKept(index, out, utf8.size());
        return *this;
    }
    // Empty text stays empty text (a null pointer would bind SQL NULL); long text SQLite copies.
    const char* data = utf8.data() ? utf8.data() : "";
    sqlite3_bind_text(m_stmt, index, data, static_cast<int>(utf8.size()),
                      utf8.isEmpty() ? SQLITE_STATIC : SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob) {
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<QString>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
        return fail(ErrorCode::Corrupt, QStringLiteral("The database is damaged: %1.").arg(message));
    return fail(ErrorCode::Storage, QStringLiteral("A database operation failed: %1.").arg(message));
}

Status Statement::exec() {
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const {
    const void* data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::optional<double> Statement::optionalReal(int column) const {
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<QString> Statement::optionalText(int column) const {
    return isNull(column) ? std::nullopt : std::optional<QString>(text(column));
}

} // namespace selftrack::core
