// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/GoalRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace selftrack::core {

namespace {
constexpr auto kSelect =
    "SELECT id, title, notes, kind, unit, target, direction, aggregation, period, freq_num, freq_den, weekdays, "
    "start_date, deadline, category_id, color, icon, reminders, archived, position, created_at, updated_at, deleted, "
    "head_rev FROM goals ";

Goal readGoal(const Statement& s) {
    Goal g;
    g.id = s.text(0);
    g.title = s.text(1);
    g.notes = s.text(2);
    g.kind = enums::parse(enums::kGoalKinds, s.text(3)).value_or(GoalKind::Check);
    g.unit = s.text(4);
    g.target = s.real(5);
    g.direction = enums::parse(enums::kDirections, s.text(6)).value_or(Direction::AtLeast);
    g.aggregation = enums::parse(enums::kAggregations, s.text(7)).value_or(Aggregation::Sum);
    g.period = enums::parse(enums::kPeriods, s.text(8)).value_or(Period::Day);
    g.freqNum = static_cast<int>(s.int64(9));
    g.freqDen = static_cast<int>(s.int64(10));
    g.weekdays = static_cast<int>(s.int64(11));
    g.startDate = QDate::fromString(s.text(12), Qt::ISODate);
    if (!s.isNull(13))
        g.deadline = QDate::fromString(s.text(13), Qt::ISODate);
    g.categoryId = s.text(14);
    g.color = s.text(15);
    g.icon = s.text(16);
    for (const QJsonValue& v : QJsonDocument::fromJson(s.text(17).toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        g.reminders.append(
            Reminder{QTime::fromString(o.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm")),
                     o.value(QStringLiteral("weekdays")).toInt(0x7f)});
    }
    g.archived = s.int64(18) != 0;
    g.position = static_cast<int>(s.int64(19));
    g.createdAt = s.text(20);
    g.updatedAt = s.text(21);
    g.deleted = s.int64(22) != 0;
    g.headRev = s.text(23);
    return g;
}
} // namespace

Status GoalRepository::save(const Goal& g) {
    auto stmt = m_db.cached(
        "INSERT OR REPLACE INTO goals(id, title, notes, kind, unit, target, direction, aggregation, period, freq_num, "
        "freq_den, weekdays, start_date, deadline, category_id, color, icon, reminders, archived, position, "
        "created_at, "
        "updated_at, deleted, head_rev) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    const QByteArray reminders =
        QJsonDocument(g.toJson().value(QStringLiteral("reminders")).toArray()).toJson(QJsonDocument::Compact);
    (*stmt)
        ->bind(1, g.id)
        .bind(2, g.title)
        .bind(3, g.notes)
        .bind(4, toString(g.kind))
        .bind(5, g.unit)
        .bind(6, g.target)
        .bind(7, toString(g.direction))
        .bind(8, toString(g.aggregation))
        .bind(9, toString(g.period))
        .bind(10, g.freqNum)
        .bind(11, g.freqDen)
        .bind(12, g.weekdays)
        .bind(13, g.startDate.toString(Qt::ISODate))
        .bind(14, g.deadline ? std::optional<QString>(g.deadline->toString(Qt::ISODate)) : std::nullopt)
        .bind(15, g.categoryId)
        .bind(16, g.color)
        .bind(17, g.icon)
        .bind(18, QString::fromUtf8(reminders))
        .bind(19, g.archived)
        .bind(20, g.position)
        .bind(21, g.createdAt)
        .bind(22, g.updatedAt)
        .bind(23, g.deleted)
        .bind(24, g.headRev);
    return (*stmt)->exec();
}

Result<Goal> GoalRepository::byId(const QString& id) {
    // Hot path (every addRecord checks its goal): a cached statement; the static SQL text is its key.
    static const QByteArray sql = QByteArray(kSelect) + "WHERE id = ?";
    auto stmt = m_db.cached(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, id);
    return (*stmt)->single(readGoal, QStringLiteral("There is no goal with id %1.").arg(id));
}

Result<QList<Goal>> GoalRepository::list(bool includeArchived, bool onlyDeleted) {
    const QByteArray sql = QByteArray(kSelect) + "WHERE deleted = ? AND (archived = 0 OR ?) ORDER BY position, title";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, onlyDeleted).bind(2, includeArchived);
    return stmt->collect(readGoal);
}

Status GoalRepository::erase(const QString& id) {
    auto stmt = m_db.prepare("DELETE FROM goals WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    return stmt->exec();
}

} // namespace selftrack::core
