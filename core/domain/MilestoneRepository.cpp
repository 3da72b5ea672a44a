// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/MilestoneRepository.h"

namespace selftrack::core {

namespace {
constexpr auto kSelect = "SELECT id, goal_id, title, target, done_date, position, deleted, head_rev FROM milestones ";

Milestone readMilestone(const Statement& s) {
    Milestone m;
    m.id = s.text(0);
    m.goalId = s.text(1);
    m.title = s.text(2);
    m.target = s.optionalReal(3);
    if (!s.isNull(4))
        m.doneDate = QDate::fromString(s.text(4), Qt::ISODate);
    m.position = static_cast<int>(s.int64(5));
    m.deleted = s.int64(6) != 0;
    m.headRev = s.text(7);
    return m;
}
} // namespace

Status MilestoneRepository::save(const Milestone& m) {
    auto stmt = m_db.cached("INSERT OR REPLACE INTO milestones(id, goal_id, title, target, done_date, position, "
                            "deleted, head_rev) VALUES(?,?,?,?,?,?,?,?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)
        ->bind(1, m.id)
        .bind(2, m.goalId)
        .bind(3, m.title)
        .bind(4, m.target)
        .bind(5, m.doneDate ? std::optional<QString>(m.doneDate->toString(Qt::ISODate)) : std::nullopt)
        .bind(6, m.position)
        .bind(7, m.deleted)
        .bind(8, m.headRev);
    return (*stmt)->exec();
}

Result<Milestone> MilestoneRepository::byId(const QString& id) {
    const QByteArray sql = QByteArray(kSelect) + "WHERE id = ?";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    return stmt->single(readMilestone, QStringLiteral("There is no milestone with id %1.").arg(id));
}

Result<QList<Milestone>> MilestoneRepository::list(const QString& goalId, bool onlyDeleted) {
    const QByteArray sql = QByteArray(kSelect) + "WHERE deleted = ?1 AND (?2 = '' OR goal_id = ?2) ORDER BY position";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, onlyDeleted).bind(2, goalId);
    return stmt->collect(readMilestone);
}

Status MilestoneRepository::erase(const QString& id) {
    auto stmt = m_db.prepare("DELETE FROM milestones WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    return stmt->bind(1, id).exec();
}

} // namespace selftrack::core
