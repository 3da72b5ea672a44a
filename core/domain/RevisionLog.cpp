// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/RevisionLog.h"

#include <QJsonDocument>

namespace selftrack::core {

namespace {
constexpr auto kColumns = "seq, rev_id, item_id, item_type, parent_rev, device_id, created_at, deleted, content";
}

QByteArray RevisionLog::canonical(const QJsonObject& content) {
    // QJsonObject keeps keys sorted, so compact output is canonical.
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

Status RevisionLog::append(const Revision& r, const QByteArray& content) {
    auto stmt = m_db.cached("INSERT INTO revisions(rev_id, item_id, item_type, parent_rev, device_id, created_at, "
                            "deleted, content) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)
        ->bind(1, r.revId)
        .bind(2, r.itemId)
        .bind(3, toString(r.itemType))
        .bind(4, r.parentRev.isEmpty() ? std::optional<QString>() : std::optional<QString>(r.parentRev))
        .bind(5, r.deviceId)
        .bind(6, r.createdAt)
        .bind(7, r.deleted)
        .bindText(8, content); // UTF-8 already: no round trip through QString
    return (*stmt)->exec();
}

Result<Revision> RevisionLog::read(const Statement& row) {
    Revision r;
    r.seq = row.int64(0);
    r.revId = row.text(1);
    r.itemId = row.text(2);
    auto type = enums::parse(enums::kItemTypes, row.text(3));
    if (!type)
        return fail(ErrorCode::Corrupt, QStringLiteral("A revision has an unknown item type."));
    r.itemType = *type;
    r.parentRev = row.text(4);
    r.deviceId = row.text(5);
    r.createdAt = row.text(6);
    r.deleted = row.int64(7) != 0;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(row.text(8).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::Corrupt, QStringLiteral("A revision's content is damaged."));
    r.content = doc.object();
    return r;
}

Result<QList<Revision>> RevisionLog::history(const QString& itemId) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM revisions WHERE item_id = ? ORDER BY seq";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, itemId);
    QList<Revision> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        auto revision = read(*stmt);
        if (!revision)
            return std::unexpected(revision.error());
        out.append(std::move(*revision));
    }
    return out;
}

Result<Revision> RevisionLog::byId(const QString& revId) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM revisions WHERE rev_id = ?";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, revId);
    auto revision = stmt->single(read, QStringLiteral("There is no revision %1.").arg(revId));
    if (!revision)
        return std::unexpected(revision.error());
    return std::move(*revision); // read() itself fails on a damaged revision
}

Status RevisionLog::erase(const QString& itemId) {
    auto stmt = m_db.prepare("DELETE FROM revisions WHERE item_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, itemId);
    return stmt->exec();
}

} // namespace selftrack::core
