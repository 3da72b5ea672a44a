// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/RecordRow.h"

namespace selftrack::core {

const char* RecordRow::select() {
    return "SELECT r.id, r.goal_id, r.day, r.time, r.utc_offset, r.value, r.status, r.note, r.mood, "
           "r.created_at, r.updated_at, r.deleted, r.head_rev, "
           "(SELECT group_concat(tag, char(10)) FROM record_tags t WHERE t.record_id = r.id)";
}

QStringList RecordRow::tags(const Statement& s, int column) {
    if (s.isNull(column))
        return {};
    QStringList tags = s.text(column).split(QLatin1Char('\n'));
    tags.sort();
    return tags;
}

Record RecordRow::read(const Statement& s) {
    Record r;
    r.id = s.text(0);
    r.goalId = s.text(1);
    r.day = QDate::fromString(s.text(2), Qt::ISODate);
    if (!s.isNull(3))
        r.time = QTime::fromString(s.text(3), QLatin1String(kTimeFormat));
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
    r.tags = tags(s, 13);
    return r;
}

} // namespace selftrack::core
