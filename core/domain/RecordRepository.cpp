// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/RecordRepository.h"

namespace selftrack::core {

namespace {
constexpr auto kSelect = "SELECT r.id, r.goal_id, r.day, r.time, r.utc_offset, r.value, r.status, r.note, r.mood, "
                         "r.created_at, r.updated_at, r.deleted, r.head_rev, "
                         "(SELECT group_concat(tag, char(10)) FROM record_tags t WHERE t.record_id = r.id) "
                         "FROM records r ";

Record readRecord(const Statement& s) {
    Record r;
    r.id = s.text(0);
    r.goalId = s.text(1);
    r.day = QDate::fromString(s.text(2), Qt::ISODate);
    if (!s.isNull(3))
        r.time = QTime::fromString(s.text(3), QStringLiteral("HH:mm"));
    r.utcOffsetMinutes = static_cast<int>(s.int64(4));
    r.value = s.optionalReal(5);
    r.status = enums::parse(enums::kStatuses, s.text(6)).value_or(RecordStatus::Done);
    r.note = s.text(7);
    if (!s.isNull(8))
        r.mood = static_cast<int>(s.int64(8));
    r.createdAt = s.text(9);
    r.updatedAt = s.text(10);
    r.deleted = s.int64(11) != 0;
    r.headRev = s.text(12);
    if (!s.isNull(13)) {
        r.tags = s.text(13).split(QLatin1Char('\n'));
        r.tags.sort();
    }
    return r;
}
} // namespace

Status RecordRepository::save(const Record& r) {
    auto find = m_db.cached("SELECT rowid FROM records WHERE id = ?");
    if (!find)
        return std::unexpected(find.error());
    (*find)->bind(1, r.id);
    auto found = (*find)->step();
    if (!found)
        return std::unexpected(found.error());
    const std::int64_t existing = *found ? (*find)->int64(0) : 0;
    (*find)->reset();

    // Plain INSERT or UPDATE: REPLACE would delete and re-insert the row (and cost ~4x).
    auto stmt =
        m_db.cached(existing ? "UPDATE records SET id = ?2, goal_id = ?3, day = ?4, time = ?5, utc_offset = ?6, "
                               "value = ?7, status = ?8, note = ?9, mood = ?10, created_at = ?11, "
                               "updated_at = ?12, deleted = ?13, head_rev = ?14 WHERE rowid = ?1"
                             : "INSERT INTO records(rowid, id, goal_id, day, time, utc_offset, value, status, "
                               "note, mood, created_at, updated_at, deleted, head_rev) "
                               "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
    if (!stmt)
        return std::unexpected(stmt.error());
    Statement& s = **stmt;
    if (existing)
        s.bind(1, existing);
    else
        s.bindNull(1);
    s.bind(2, r.id)
        .bind(3, r.goalId.isEmpty() ? std::optional<QString>() : std::optional<QString>(r.goalId))
        .bind(4, r.day.toString(Qt::ISODate))
        .bind(5, r.time ? std::optional<QString>(r.time->toString(QStringLiteral("HH:mm"))) : std::nullopt)
        .bind(6, r.utcOffsetMinutes)
        .bind(7, r.value)
        .bind(8, toString(r.status))
        .bind(9, r.note)
        .bind(10, r.mood ? std::optional<double>(*r.mood) : std::nullopt)
        .bind(11, r.createdAt)
        .bind(12, r.updatedAt)
        .bind(13, r.deleted)
        .bind(14, r.headRev);
    if (auto st = s.exec(); !st)
        return st;
    const std::int64_t rowid = existing ? existing : m_db.lastInsertRowId();

    auto clearTags = m_db.cached("DELETE FROM record_tags WHERE record_id = ?");
    if (!clearTags)
        return std::unexpected(clearTags.error());
    if (auto st = (*clearTags)->bind(1, r.id).exec(); !st)
        return st;
    for (const QString& tag : r.tags) {
        auto insertTag = m_db.cached("INSERT INTO record_tags(record_id, tag) VALUES(?, ?)");
        if (!insertTag)
            return std::unexpected(insertTag.error());
        if (auto st = (*insertTag)->bind(1, r.id).bind(2, tag).exec(); !st)
            return st;
    }

    auto clearFts = m_db.cached("DELETE FROM journal_fts WHERE docid = ?");
    if (!clearFts)
        return std::unexpected(clearFts.error());
    if (auto st = (*clearFts)->bind(1, rowid).exec(); !st)
        return st;
    if (r.deleted || (r.note.isEmpty() && r.tags.isEmpty()))
        return {};
    auto insertFts = m_db.cached("INSERT INTO journal_fts(docid, note, tags) VALUES(?, ?, ?)");
    if (!insertFts)
        return std::unexpected(insertFts.error());
    return (*insertFts)->bind(1, rowid).bind(2, r.note).bind(3, r.tags.join(QLatin1Char(' '))).exec();
}

Result<QList<Record>> RecordRepository::collect(Statement& stmt) {
    return stmt.collect(readRecord);
}

Result<Record> RecordRepository::byId(const QString& id) {
    const QByteArray sql = QByteArray(kSelect) + "WHERE r.id = ?";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    return stmt->single(readRecord, QStringLiteral("There is no record with id %1.").arg(id));
}

Result<QList<Record>> RecordRepository::list(const RecordFilter& f) {
    // Only the filters in use go into the SQL: "(?2 IS NULL OR r.goal_id = ?2)" would keep SQLite
    // from using the (goal_id, day) and (day) indexes and scan every record. ?7 is always present,
    // so all seven parameters stay bindable.
    const QString tag = Record::normalizeTags({f.tag}).value(0);
    QByteArray sql = QByteArray(kSelect) + "WHERE r.deleted = ?1";
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
    return collect(*stmt);
}

Result<QList<Record>> RecordRepository::search(const QString& query, int limit) {
    const QByteArray sql = QByteArray(kSelect) +
                           "JOIN journal_fts f ON f.docid = r.rowid WHERE journal_fts MATCH ? AND r.deleted = 0 "
                           "ORDER BY r.day DESC, r.time DESC LIMIT ?";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, query).bind(2, limit);
    auto rows = collect(*stmt);
    if (!rows && rows.error().code == ErrorCode::Storage)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The search query is not valid: %1").arg(rows.error().message));
    return rows;
}

Status RecordRepository::erase(const QString& id) {
    auto stmt = m_db.prepare("DELETE FROM journal_fts WHERE docid = (SELECT rowid FROM records WHERE id = ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto st = stmt->bind(1, id).exec(); !st)
        return st;
    auto del = m_db.prepare("DELETE FROM records WHERE id = ?");
    if (!del)
        return std::unexpected(del.error());
    return del->bind(1, id).exec();
}

Status RecordRepository::compactIndex() {
    return m_db.exec("INSERT INTO journal_fts(journal_fts) VALUES('optimize');");
}

} // namespace selftrack::core
