// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/JournalQuery.h"

#include "core/domain/IsoText.h"
#include "core/domain/JournalKey.h"
#include "core/domain/RecordRow.h"

#include <array>
#include <limits>

namespace selftrack::core {

namespace {
// One statement per goal scope (any, without, one) and tag filter (off, on): a filter only goes
// into the SQL when it is used, so SQLite can pick the index that fits ("?6 IS NULL OR ..." would
// hide the goal_id constraint from the planner).
constexpr int kVariants = 6;

int variantOf(const JournalFilter& filter, bool hasTag) {
    return static_cast<int>(filter.goals) * 2 + (hasTag ? 1 : 0);
}

// What the journal is (see JournalQuery.h): not trashed, with text, not of a trashed goal.
constexpr auto kInJournal = " AND r.deleted = 0 AND r.note <> '' AND (r.goal_id IS NULL OR EXISTS "
                            "(SELECT 1 FROM goals g WHERE g.id = r.goal_id AND g.deleted = 0))";

QByteArray filterSql(int variant, int goalParam, int tagParam) {
    QByteArray sql;
    switch (static_cast<JournalFilter::Goals>(variant / 2)) {
    case JournalFilter::Goals::Any:
        break;
    case JournalFilter::Goals::Without:
        sql += " AND r.goal_id IS NULL";
        break;
    case JournalFilter::Goals::One:
        sql += " AND r.goal_id = ?" + QByteArray::number(goalParam);
        break;
    }
    if (variant % 2 != 0)
        sql += " AND EXISTS (SELECT 1 FROM record_tags t WHERE t.record_id = r.id AND t.tag = ?" +
               QByteArray::number(tagParam) + ")";
    return sql;
}

// ?1 the last day to read (the cursor's or `to`, whichever is earlier), ?2 the cursor's day, ?3
// its time ('' when untimed: coalesce() sorts untimed first, as "time DESC" puts NULL last), ?4
// its rowid, ?5 the first day (`from`), ?6 goal, ?7 tag, ?8 limit. Rows of the cursor's day
// continue after it in (time, rowid) order; earlier days pass whole.
const std::array<QByteArray, kVariants>& entryStatements() {
    static const std::array<QByteArray, kVariants> sql = [] {
        std::array<QByteArray, kVariants> out;
        for (int v = 0; v < kVariants; ++v)
            out.at(static_cast<std::size_t>(v)) =
                QByteArray(RecordRow::select()) +
                ", r.rowid FROM records r WHERE r.day <= ?1 AND r.day >= ?5 AND (r.day < ?2 OR "
                "coalesce(r.time, '') < ?3 OR (coalesce(r.time, '') = ?3 AND r.rowid < ?4))" +
                kInJournal + filterSql(v, 6, 7) + " ORDER BY r.day DESC, r.time DESC, r.rowid DESC LIMIT ?8";
        return out;
    }();
    return sql;
}

// FTS4 is the outer loop and reads its docids (JournalKeys) backwards from the cursor, as in
// RecordRepository::search; the date range becomes a docid range. ?1 match, ?2 below this key,
// ?3 from this key, ?4 goal, ?5 tag, ?6 limit.
const std::array<QByteArray, kVariants>& searchStatements() {
    static const std::array<QByteArray, kVariants> sql = [] {
        std::array<QByteArray, kVariants> out;
        for (int v = 0; v < kVariants; ++v)
            out.at(static_cast<std::size_t>(v)) =
                QByteArray(RecordRow::select()) +
                ", f.docid FROM journal_fts f CROSS JOIN records r ON r.rowid = (f.docid & " +
                QByteArray::number(JournalKey::kRowMask) +
                ") WHERE journal_fts MATCH ?1 AND f.docid < ?2 AND f.docid >= ?3" + kInJournal + filterSql(v, 4, 5) +
                " ORDER BY f.docid DESC LIMIT ?6";
        return out;
    }();
    return sql;
}

constexpr QByteArrayView kAfterEveryDay = "9999-99-99";  // sorts after every stored day
constexpr QByteArrayView kBeforeEveryDay = "0000-00-00"; // and this before

// Steps `stmt` for a page of `limit` (all when <= 0); `keyOf` gives the JournalKey of the current
// row. A step that fails with a storage error is reported as `badQuery` when it is set (FTS4
// rejects a MATCH query only when it runs).
template <typename KeyOf>
Result<SearchPage> readPage(Statement& stmt, int limit, KeyOf keyOf, const char* badQuery = nullptr) {
    SearchPage page;
    std::int64_t lastKey = 0;
    for (;;) {
        auto row = stmt.step();
        if (!row && badQuery && row.error().code == ErrorCode::Storage) {
            stmt.reset();
            return fail(ErrorCode::InvalidInput, QString::fromLatin1(badQuery).arg(row.error().message));
        }
        if (!row) {
            stmt.reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        if (limit > 0 && page.hits.size() == limit) {
            page.next = SearchCursor{lastKey};
            break;
        }
        page.hits.append(RecordRow::read(stmt));
        lastKey = keyOf(stmt, page.hits.last());
    }
    stmt.reset(); // holds no read lock while the caller works on the page
    return page;
}

int limitParam(int limit) {
    return limit > 0 ? limit + 1 : -1; // one more tells whether a next page exists
}
} // namespace

const char* JournalQuery::entriesSql(const JournalFilter& filter) {
    const bool hasTag = !Record::normalizeTags({filter.tag}).isEmpty();
    return entryStatements().at(static_cast<std::size_t>(variantOf(filter, hasTag))).constData();
}

const char* JournalQuery::searchSql(const JournalFilter& filter) {
    const bool hasTag = !Record::normalizeTags({filter.tag}).isEmpty();
    return searchStatements().at(static_cast<std::size_t>(variantOf(filter, hasTag))).constData();
}

Result<SearchPage> JournalQuery::entries(const JournalFilter& filter, int limit,
                                         const std::optional<SearchCursor>& after) {
    auto stmt = m_db.cached(entriesSql(filter));
    if (!stmt)
        return std::unexpected(stmt.error());
    std::optional<QDate> cursorDay;
    std::optional<QTime> cursorTime;
    std::int64_t cursorRowid = std::numeric_limits<std::int64_t>::max();
    if (after) {
        cursorDay = JournalKey::dayOf(after->key);
        cursorTime = JournalKey::timeOf(after->key);
        cursorRowid = JournalKey::rowidOf(after->key);
    }
    std::optional<QDate> last = filter.to && filter.to->isValid() ? filter.to : std::nullopt;
    if (cursorDay && (!last || *cursorDay < *last))
        last = cursorDay;
    Statement& s = **stmt;
    s.bindText(1, last ? IsoText::date(*last) : kAfterEveryDay.toByteArray())
        .bindText(2, cursorDay ? IsoText::date(*cursorDay) : kAfterEveryDay.toByteArray())
        .bindText(3, cursorTime ? IsoText::minutes(*cursorTime) : QByteArray(""))
        .bind(4, cursorRowid)
        .bindText(5,
                  filter.from && filter.from->isValid() ? IsoText::date(*filter.from) : kBeforeEveryDay.toByteArray())
        .bind(6, filter.goalId)
        .bind(7, Record::normalizeTags({filter.tag}).value(0))
        .bind(8, limitParam(limit));
    return readPage(s, limit,
                    [](const Statement& row, const Record& r) { return JournalKey::of(r.day, r.time, row.int64(14)); });
}

Result<SearchPage> JournalQuery::search(const QString& match, const JournalFilter& filter, int limit,
                                        const std::optional<SearchCursor>& after) {
    auto stmt = m_db.cached(searchSql(filter));
    if (!stmt)
        return std::unexpected(stmt.error());
    std::int64_t below = after ? after->key : std::numeric_limits<std::int64_t>::max();
    if (filter.to && filter.to->isValid())
        below = std::min(below, JournalKey::firstOf(filter.to->addDays(1)));
    const std::int64_t from = filter.from && filter.from->isValid() ? JournalKey::firstOf(*filter.from) : 0;
    Statement& s = **stmt;
    s.bind(1, match)
        .bind(2, below)
        .bind(3, from)
        .bind(4, filter.goalId)
        .bind(5, Record::normalizeTags({filter.tag}).value(0))
        .bind(6, limitParam(limit));
    return readPage(
        s, limit, [](const Statement& row, const Record&) { return row.int64(14); },
        "The search query is not valid: %1");
}

Result<QStringList> JournalQuery::tags() {
    static const QByteArray sql =
        QByteArray("SELECT DISTINCT t.tag FROM record_tags t JOIN records r ON r.id = t.record_id WHERE 1") +
        kInJournal + " ORDER BY t.tag";
    auto stmt = m_db.cached(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    auto rows = (*stmt)->collect([](const Statement& s) { return s.text(0); });
    (*stmt)->reset();
    if (!rows)
        return std::unexpected(rows.error());
    return QStringList(*rows);
}

} // namespace selftrack::core
