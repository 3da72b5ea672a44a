// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CategoryRepository.h"

namespace selftrack::core {

namespace {
constexpr auto kSelect = "SELECT id, name, color, position, deleted, head_rev FROM categories ";

Category readCategory(const Statement& s) {
    Category c;
    c.id = s.text(0);
    c.name = s.text(1);
    c.color = s.text(2);
    c.position = static_cast<int>(s.int64(3));
    c.deleted = s.int64(4) != 0;
    c.headRev = s.text(5);
    return c;
}
} // namespace

Status CategoryRepository::save(const Category& c) {
    auto stmt = m_db.cached(
        "INSERT OR REPLACE INTO categories(id, name, color, position, deleted, head_rev) VALUES(?,?,?,?,?,?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, c.id).bind(2, c.name).bind(3, c.color).bind(4, c.position).bind(5, c.deleted).bind(6, c.headRev);
    return (*stmt)->exec();
}

Result<Category> CategoryRepository::byId(const QString& id) {
    const QByteArray sql = QByteArray(kSelect) + "WHERE id = ?";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    return stmt->single(readCategory, QStringLiteral("There is no category with id %1.").arg(id));
}

Result<QList<Category>> CategoryRepository::list(bool onlyDeleted) {
    const QByteArray sql = QByteArray(kSelect) + "WHERE deleted = ? ORDER BY position, name";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, onlyDeleted);
    return stmt->collect(readCategory);
}

Status CategoryRepository::erase(const QString& id) {
    auto stmt = m_db.prepare("DELETE FROM categories WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    return stmt->bind(1, id).exec();
}

} // namespace selftrack::core
