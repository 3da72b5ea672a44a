// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/RecordRepository.h"

#include "core/domain/IsoText.h"
#include "core/domain/JournalKey.h"
#include "core/domain/RecordRow.h"

#include <limits>

namespace selftrack::core {

namespace {
// A record has a search-index row when it is outside the trash and has text to find.
bool indexed(bool deleted, const QString& note, const QStringList& tags) {
    return !deleted && !(note.isEmpty() && tags.isEmpty());
}

// Binds ?2..?14 (every column but the rowid) of the INSERT and the UPDATE. Day, time and status
// go in as UTF-8 bytes (IsoText: the same text as QDate/QTime::toString, without a QString).
void bindColumns(Statement& s, const Record& r) {
    s.bind(2, r.id);
    if (r.goalId.isEmpty())
        s.bindNull(3);
    else
        s.bind(3, r.goalId);
    s.bindText(4, IsoText::date(r.day));
    if (r.time)
        s.bindText(5, IsoText::minutes(*r.time));
    else
        s.bindNull(5);
    s.bind(6, r.utcOffsetMinutes)
        .bind(7, r.value)
        .bindText(8, Record::statusName(r.status))
        .bind(9, r.note)
        .bind(10, r.mood ? std::optional<double>(*r.mood) : std::nullopt)
        .bind(11, r.createdAt)
        .bind(12, r.updatedAt)
        .bind(13, r.deleted)
        .bind(14, r.headRev);
}

Status tooManyRecords() {
    return fail(ErrorCode::Storage, QStringLiteral("The vault holds too many records for its search index."));
}
} // namespace

struct RecordRepository::Stored {
    std::int64_t rowid = 0;
    QDate day;
    std::optional<QTime> time;
    QString note;
    QStringList tags;
    bool deleted = false;
};

Status RecordRepository::save(const Record& r) {
    // A new id (every addRecord) takes this one INSERT and nothing to clear; OR IGNORE makes an
    // existing id a no-op that changes() reports, and only then is the old row looked up.
    auto insert = m_db.cached("INSERT OR IGNORE INTO records(id, goal_id, day, time, utc_offset, value, status, "
                              "note, mood, created_at, updated_at, deleted, head_rev) "
                              "VALUES(?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
    if (!insert)
        return std::unexpected(insert.error());
    bindColumns(**insert, r);
    if (auto st = (*insert)->exec(); !st)
        return st;
    if (m_db.changes() == 0) {
        auto old = stored(r.id);
        if (!old)
            return std::unexpected(old.error());
        if (!*old) // ignored for another reason than an existing id
            return fail(ErrorCode::Storage, QStringLiteral("The record %1 could not be stored.").arg(r.id));
        return update(r, **old);
    }
    const std::int64_t rowid = m_db.lastInsertRowId();
    if (rowid > JournalKey::kMaxRowid)
        return tooManyRecords();
    if (auto st = insertTags(r); !st)
        return st;
    return indexed(r.deleted, r.note, r.tags) ? indexText(r, rowid) : Status{};
}

Status RecordRepository::update(const Record& r, const Stored& old) {
    auto stmt = m_db.cached("UPDATE records SET id = ?2, goal_id = ?3, day = ?4, time = ?5, utc_offset = ?6, "
                            "value = ?7, status = ?8, note = ?9, mood = ?10, created_at = ?11, "
                            "updated_at = ?12, deleted = ?13, head_rev = ?14 WHERE rowid = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, old.rowid);
    bindColumns(**stmt, r);
    if (auto st = (*stmt)->exec(); !st)
        return st;

    if (r.tags != old.tags) {
        auto clearTags = m_db.cached("DELETE FROM record_tags WHERE record_id = ?");
        if (!clearTags)
            return std::unexpected(clearTags.error());
        if (auto st = (*clearTags)->bind(1, r.id).exec(); !st)
            return st;
        if (auto st = insertTags(r); !st)
            return st;
    }

    const bool wasIndexed = indexed(old.deleted, old.note, old.tags);
    const bool isIndexed = indexed(r.deleted, r.note, r.tags);
    const std::int64_t oldKey = JournalKey::of(old.day, old.time, old.rowid);
    if (wasIndexed && isIndexed && oldKey == JournalKey::of(r.day, r.time, old.rowid) && old.note == r.note &&
        old.tags == r.tags)
        return {}; // the index row is still right
    if (wasIndexed)
        if (auto st = unindex(oldKey); !st)
            return st;
    return isIndexed ? indexText(r, old.rowid) : Status{};
}

Result<std::optional<RecordRepository::Stored>> RecordRepository::stored(const QString& id) {
    auto stmt = m_db.cached("SELECT rowid, day, time, note, deleted, (SELECT group_concat(tag, char(10)) FROM "
                            "record_tags t WHERE t.record_id = r.id) FROM records r WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, id);
    auto row = (*stmt)->single(
        [](const Statement& s) {
            Stored old;
            old.rowid = s.int64(0);
            old.day = QDate::fromString(s.text(1), Qt::ISODate);
            if (!s.isNull(2))
                old.time = QTime::fromString(s.text(2), QLatin1String(RecordRow::kTimeFormat));
            old.note = s.text(3);
            old.deleted = s.int64(4) != 0;
            old.tags = RecordRow::tags(s, 5);
            return old;
        },
        QString());
    if (!row && row.error().code == ErrorCode::NotFound)
        return std::optional<Stored>();
    if (!row)
        return std::unexpected(row.error());
    return std::optional<Stored>(std::move(*row));
}

Status RecordRepository::insertTags(const Record& r) {
    for (const QString& tag : r.tags) {
        auto insertTag = m_db.cached("INSERT INTO record_tags(record_id, tag) VALUES(?, ?)");
        if (!insertTag)
            return std::unexpected(insertTag.error());
        if (auto st = (*insertTag)->bind(1, r.id).bind(2, tag).exec(); !st)
            return st;
    }
    return {};
}

Status RecordRepository::indexText(const Record& r, std::int64_t rowid) {
    auto insertFts = m_db.cached("INSERT INTO journal_fts(docid, note, tags) VALUES(?, ?, ?)");
    if (!insertFts)
        return std::unexpected(insertFts.error());
    return (*insertFts)
        ->bind(1, JournalKey::of(r.day, r.time, rowid))
        .bind(2, r.note)
        .bind(3, r.tags.join(QLatin1Char(' ')))
        .exec();
}

Status RecordRepository::unindex(std::int64_t key) {
    auto clearFts = m_db.cached("DELETE FROM journal_fts WHERE docid = ?");
    if (!clearFts)
        return std::unexpected(clearFts.error());
    return (*clearFts)->bind(1, key).exec();
}

Result<Record> RecordRepository::byId(const QString& id) {
    // Every update and trash move reads the record first: a cached statement (static key).
    static const QByteArray sql = QByteArray(RecordRow::select()) + " FROM records r WHERE r.id = ?";
    auto stmt = m_db.cached(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, id);
    return (*stmt)->single(RecordRow::read, QStringLiteral("There is no record with id %1.").arg(id));
}

Result<QList<Record>> RecordRepository::list(const RecordFilter& f) {
    // Only the filters in use go into the SQL: "(?2 IS NULL OR r.goal_id = ?2)" would keep SQLite
    // from using the (goal_id, day) and (day) indexes and scan every record. ?7 is always present,
    // so all seven parameters stay bindable.
    const QString tag = Record::normalizeTags({f.tag}).value(0);
    QByteArray sql = QByteArray(RecordRow::select()) + " FROM records r WHERE r.deleted = ?1";
    if (f.goalId)
        sql += " AND r.goal_id = ?2";
    if (f.journalOnly)
        sql += " AND r.goal_id IS NULL";
    if (f.from)
        sql += " AND r.day >= ?4";
    if (f.to)
        sql += " AND r.day <= ?5";
    if (!tag.isEmpty())
        sql += " AND EXISTS (SELECT 1 FROM record_tags t WHERE t.record_id = r.id AND t.tag = ?6)";
    sql += " ORDER BY r.day, r.time, r.created_at LIMIT ?7";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, f.onlyDeleted)
        .bind(2, f.goalId)
        .bind(3, f.journalOnly)
        .bind(4, f.from ? std::optional<QString>(f.from->toString(Qt::ISODate)) : std::nullopt)
        .bind(5, f.to ? std::optional<QString>(f.to->toString(Qt::ISODate)) : std::nullopt)
        .bind(6, tag)
        .bind(7, f.limit);
    return stmt->collect(RecordRow::read);
}

Result<SearchPage> RecordRepository::search(const QString& query, int limit, const std::optional<SearchCursor>& after) {
    // FTS4 is the outer loop (CROSS JOIN) and consumes "ORDER BY docid DESC" itself (docids are
    // JournalKeys), so only the page's rows are joined to records: no sort of every match. The
    // rowid sits in the docid's low bits.
    static const QByteArray sql = QByteArray(RecordRow::select()) +
                                  ", f.docid FROM journal_fts f CROSS JOIN records r ON r.rowid = (f.docid & " +
                                  QByteArray::number(JournalKey::kRowMask) +
                                  ") WHERE journal_fts MATCH ?1 AND f.docid < ?2 AND r.deleted = 0 "
                                  "ORDER BY f.docid DESC LIMIT ?3";
    auto stmt = m_db.cached(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)
        ->bind(1, query)
        .bind(2, after ? after->key : std::numeric_limits<std::int64_t>::max())
        .bind(3, limit > 0 ? limit + 1 : -1); // one more tells whether a next page exists
    SearchPage page;
    std::int64_t lastKey = 0;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row && row.error().code == ErrorCode::Storage)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The search query is not valid: %1").arg(row.error().message));
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (limit > 0 && page.hits.size() == limit) {
            page.next = SearchCursor{lastKey};
            break;
        }
        page.hits.append(RecordRow::read(**stmt));
        lastKey = (*stmt)->int64(14);
    }
    (*stmt)->reset(); // holds no read lock while the caller works on the page
    return page;
}

Status RecordRepository::erase(const QString& id) {
    auto old = stored(id);
    if (!old)
        return std::unexpected(old.error());
    if (!*old)
        return {};
    // Unconditionally: a purge must not leave text behind even if a trashed record kept its row.
    const Stored& s = **old;
    if (auto st = unindex(JournalKey::of(s.day, s.time, s.rowid)); !st)
        return st;
    auto del = m_db.prepare("DELETE FROM records WHERE rowid = ?");
    if (!del)
        return std::unexpected(del.error());
    return del->bind(1, s.rowid).exec();
}

Status RecordRepository::compactIndex() {
    return m_db.exec("INSERT INTO journal_fts(journal_fts) VALUES('optimize');");
}

} // namespace selftrack::core
