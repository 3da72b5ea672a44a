// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/GoalRepository.h"

#include <QJsonDocument>

namespace selftrack::core {

namespace {
// A goal row is its canonical content JSON (Goal::toJson, the same document its revisions hold)
// plus the columns queries filter and sort on, which save() derives from the same Goal. A new
// goal field is declared in Goal only: the struct, toJson and fromJson.
constexpr auto kSelect = "SELECT content, deleted, head_rev FROM goals ";

Result<Goal> readGoal(const Statement& s) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(s.blob(0), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::Corrupt, QStringLiteral("A goal's stored content is damaged."));
    auto goal = Goal::fromJson(doc.object());
    if (!goal)
        return fail(ErrorCode::Corrupt,
                    QStringLiteral("A goal's stored content is invalid: %1").arg(goal.error().message));
    goal->deleted = s.int64(1) != 0;
    goal->headRev = s.text(2);
    return goal;
}
} // namespace

Status GoalRepository::save(const Goal& g) {
    auto stmt =
        m_db.cached("INSERT OR REPLACE INTO goals(id, title, category_id, archived, position, deleted, head_rev, "
                    "content) VALUES(?,?,?,?,?,?,?,?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    const QByteArray content = QJsonDocument(g.toJson()).toJson(QJsonDocument::Compact);
    (*stmt)
        ->bind(1, g.id)
        .bind(2, g.title)
        .bind(3, g.categoryId)
        .bind(4, g.archived)
        .bind(5, g.position)
        .bind(6, g.deleted)
        .bind(7, g.headRev)
        .bind(8, QString::fromUtf8(content));
    return (*stmt)->exec();
}

Result<Goal> GoalRepository::byId(const QString& id) {
    static const QByteArray sql = QByteArray(kSelect) + "WHERE id = ?";
    auto stmt = m_db.cached(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, id);
    auto goal = (*stmt)->single(readGoal, QStringLiteral("There is no goal with id %1.").arg(id));
    if (!goal)
        return std::unexpected(goal.error());
    return *goal;
}

Result<QList<Goal>> GoalRepository::list(bool includeArchived, bool onlyDeleted) {
    const QByteArray sql = QByteArray(kSelect) + "WHERE deleted = ? AND (archived = 0 OR ?) ORDER BY position, title";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, onlyDeleted).bind(2, includeArchived);
    auto rows = stmt->collect(readGoal);
    if (!rows)
        return std::unexpected(rows.error());
    QList<Goal> goals;
    goals.reserve(rows->size());
    for (auto& row : *rows) {
        if (!row)
            return std::unexpected(row.error());
        goals.append(std::move(*row));
    }
    return goals;
}

Status GoalRepository::erase(const QString& id) {
    auto stmt = m_db.prepare("DELETE FROM goals WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    return stmt->exec();
}

} // namespace selftrack::core
