// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/VaultSnapshot.h"

#include "core/domain/ContentStore.h"
#include "core/vault/SettingsStore.h"

#include <QJsonDocument>

namespace selftrack::core {

namespace {

template <typename T> Status appendBoth(QList<T>& out, const std::function<Result<QList<T>>(bool)>& list) {
    for (const bool trashed : {false, true}) {
        auto items = list(trashed);
        if (!items)
            return std::unexpected(items.error());
        out.append(*items);
    }
    return {};
}

Status readRevisions(Database& db, QList<Revision>& out) {
    auto stmt = db.prepare("SELECT seq, rev_id, item_id, item_type, parent_rev, device_id, created_at, deleted, "
                           "content FROM revisions ORDER BY seq");
    if (!stmt)
        return std::unexpected(stmt.error());
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        Revision r;
        r.seq = stmt->int64(0);
        r.revId = stmt->text(1);
        r.itemId = stmt->text(2);
        const auto type = enums::parse(enums::kItemTypes, stmt->text(3));
        const QJsonDocument doc = QJsonDocument::fromJson(stmt->blob(8));
        if (!type || !doc.isObject())
            return fail(ErrorCode::Corrupt, QStringLiteral("The revision %1 is damaged.").arg(r.revId));
        r.itemType = *type;
        r.parentRev = stmt->text(4);
        r.deviceId = stmt->text(5);
        r.createdAt = stmt->text(6);
        r.deleted = stmt->int64(7) != 0;
        r.content = doc.object();
        out.append(std::move(r));
    }
}

Status readSettings(Database& db, QMap<QString, QString>& out) {
    auto stmt = db.prepare("SELECT key, value FROM settings ORDER BY key");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto rows = stmt->collect([](const Statement& s) { return std::pair(s.text(0), s.text(1)); });
    if (!rows)
        return std::unexpected(rows.error());
    for (const auto& [key, value] : *rows)
        if (SettingsStore::isPortable(key)) // never the backup passphrase or folder
            out.insert(key, value);
    return {};
}

} // namespace

Result<VaultSnapshot> VaultSnapshot::read(ContentStore& store, bool withHistory) {
    Database& db = store.database();
    VaultSnapshot s;
    // A read transaction: every list sees the same state of the vault.
    if (auto st = db.exec("BEGIN"); !st)
        return std::unexpected(st.error());
    auto body = [&]() -> Status {
        CategoryRepository categories(db);
        GoalRepository goals(db);
        MilestoneRepository milestones(db);
        RecordRepository records(db);
        if (auto st = appendBoth<Category>(s.categories, [&](bool t) { return categories.list(t); }); !st)
            return st;
        if (auto st = appendBoth<Goal>(s.goals, [&](bool t) { return t ? goals.list(true, true) : goals.list(true); });
            !st)
            return st;
        if (auto st = appendBoth<Milestone>(s.milestones, [&](bool t) { return milestones.list(QString(), t); }); !st)
            return st;
        if (auto st = appendBoth<Record>(s.records,
                                         [&](bool t) {
                                             RecordFilter filter;
                                             filter.onlyDeleted = t;
                                             return records.list(filter);
                                         });
            !st)
            return st;
        if (auto st = readSettings(db, s.settings); !st)
            return st;
        return withHistory ? readRevisions(db, s.revisions) : Status{};
    };
    const Status st = body();
    (void)db.exec("COMMIT");
    if (!st)
        return std::unexpected(st.error());
    return s;
}

} // namespace selftrack::core
