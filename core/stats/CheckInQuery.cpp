// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/CheckInQuery.h"

namespace selftrack::core {

namespace {
// Days come back as their stored "YYYY-MM-DD" bytes, parsed here (SQL's julianday() parses any
// date format and costs more than the rest of the row), and statuses as small integers, so a row
// costs no string conversion. "deleted = 0" is spelled out so the index applies; a status other
// than skipped / failed reads as done, as RecordRepository parses it.
constexpr char kSql[] = "SELECT day, value, "
                        "CASE status WHEN 'skipped' THEN 1 WHEN 'failed' THEN 2 ELSE 0 END "
                        "FROM records WHERE goal_id = ?1 AND deleted = 0 AND day <= ?2 "
                        "AND (value IS NOT NULL OR status IN ('skipped', 'failed')) "
                        "ORDER BY day, time, created_at, rowid";
// The same for the days after ?2 up to ?3 (a resumed goal's check-ins since its snapshot).
constexpr char kSqlAfter[] = "SELECT day, value, "
                             "CASE status WHEN 'skipped' THEN 1 WHEN 'failed' THEN 2 ELSE 0 END "
                             "FROM records WHERE goal_id = ?1 AND deleted = 0 AND day > ?2 AND day <= ?3 "
                             "AND (value IS NOT NULL OR status IN ('skipped', 'failed')) "
                             "ORDER BY day, time, created_at, rowid";

int digits(const char* p, int count) {
    int n = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        n = n * 10 + (p[i] - '0');
    }
    return n;
}

// The day as RecordRepository writes it; anything else is an invalid date (the engine skips it).
QDate parseDay(const QByteArray& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    const int year = digits(text.constData(), 4);
    const int month = digits(text.constData() + 5, 2);
    const int day = digits(text.constData() + 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

EntryStatus entryStatus(std::int64_t code) {
    switch (code) {
    case 1:
        return EntryStatus::Skipped;
    case 2:
        return EntryStatus::Failed;
    default:
        return EntryStatus::Done;
    }
}
} // namespace

const char* CheckInQuery::sql() {
    return kSql;
}

namespace {
Result<std::vector<DayEntry>> readEntries(Statement& s) {
    std::vector<DayEntry> entries;
    for (;;) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        DayEntry entry;
        if (!s.isNull(0))
            entry.date = parseDay(s.blob(0));
        entry.value = s.optionalReal(1);
        entry.status = entryStatus(s.int64(2));
        entries.push_back(entry);
    }
    s.reset();
    return entries;
}
} // namespace

Result<std::vector<DayEntry>> CheckInQuery::load(Database& db, const QString& goalId, QDate to) {
    auto stmt = db.cached(kSql);
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, goalId).bind(2, to.toString(Qt::ISODate));
    return readEntries(**stmt);
}

Result<std::vector<DayEntry>> CheckInQuery::loadAfter(Database& db, const QString& goalId, QDate after, QDate to) {
    auto stmt = db.cached(kSqlAfter);
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, goalId).bind(2, after.toString(Qt::ISODate)).bind(3, to.toString(Qt::ISODate));
    return readEntries(**stmt);
}

const char* CheckInQuery::sqlAfter() {
    return kSqlAfter;
}

} // namespace selftrack::core
