// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ContentStore.h"

#include "core/domain/CheckInRule.h"
#include "core/domain/IsoText.h"
#include "core/history/ItemLabel.h"

#include <QJsonDocument>

#include <QUuid>

namespace selftrack::core {

namespace {
QString noSuchItem(const QString& id) {
    return QStringLiteral("There is no item with id %1.").arg(id);
}
} // namespace

ContentStore::ContentStore(Database& db, QString deviceId, Clock clock)
    : m_db(db), m_deviceId(std::move(deviceId)), m_clock(std::move(clock)), m_log(db), m_goals(db), m_records(db),
      m_milestones(db), m_categories(db) {
    if (!m_clock)
        m_clock = systemClock();
}

QString ContentStore::newId() const {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ContentStore::nowIso() const {
    return QString::fromLatin1(IsoText::timestamp(m_clock())); // toString(Qt::ISODateWithMs), without asprintf
}

Status ContentStore::write(const std::function<Status()>& fn) {
    if (m_batchDepth > 0)
        return fn();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    m_pending = {};
    auto finish = [&]() -> Status {
        if (auto st = fn(); !st)
            return st;
        if (!m_pending.isEmpty())
            for (const CommitHook& hook : m_hooks)
                if (auto st = hook(m_pending); !st)
                    return st;
        return tx.commit();
    };
    const Status st = finish();
    ChangeSet committed = std::exchange(m_pending, {});
    if (st && m_events)
        m_events->publish(committed);
    return st;
}

Status ContentStore::batch(const std::function<Status()>& fn) {
    return write([&]() -> Status {
        ++m_batchDepth;
        auto st = fn();
        --m_batchDepth;
        return st;
    });
}

template <typename T, typename Repo>
Status ContentStore::commit(T& item, ItemType type, Repo& repo, ChangeKind kind, const QString& previousGoalId) {
    Revision revision;
    revision.revId = newId();
    revision.itemId = item.id;
    revision.itemType = type;
    revision.parentRev = item.headRev;
    revision.deviceId = m_deviceId;
    revision.createdAt = nowIso();
    revision.deleted = item.deleted;
    const QByteArray content = RevisionLog::contentOf(item); // canonical JSON, no QJsonObject for records
    item.headRev = revision.revId;
    ItemChange change{type, item.id, kind, QString(), previousGoalId};
    if constexpr (requires { item.goalId; })
        change.goalId = item.goalId;
    return write([&]() -> Status {
        if (auto st = repo.save(item); !st)
            return st;
        if (auto st = m_log.append(revision, content); !st)
            return st;
        m_pending.changes.append(change);
        return {};
    });
}

Result<Goal> ContentStore::addGoal(Goal goal) {
    if (goal.id.isEmpty())
        goal.id = newId();
    goal.createdAt = goal.updatedAt = nowIso();
    if (!goal.startDate.isValid())
        goal.startDate = m_clock().toLocalTime().date();
    goal.headRev.clear();
    goal.deleted = false;
    if (auto st = goal.validate(); !st)
        return std::unexpected(st.error());
    if (auto existing = m_goals.byId(goal.id); existing)
        return fail(ErrorCode::InvalidInput, QStringLiteral("A goal with id %1 already exists.").arg(goal.id));
    if (auto st = commit(goal, ItemType::Goal, m_goals, ChangeKind::Created); !st)
        return std::unexpected(st.error());
    return goal;
}

Result<Goal> ContentStore::updateGoal(Goal goal) {
    auto current = m_goals.byId(goal.id);
    if (!current)
        return std::unexpected(current.error());
    if (current->deleted)
        return fail(ErrorCode::NotFound, QStringLiteral("The goal \"%1\" is in the trash.").arg(current->title));
    goal.createdAt = current->createdAt;
    goal.headRev = current->headRev;
    goal.deleted = false;
    goal.updatedAt = current->updatedAt;
    if (auto st = goal.validate(); !st)
        return std::unexpected(st.error());
    if (goal == *current)
        return goal;
    goal.updatedAt = nowIso();
    if (auto st = commit(goal, ItemType::Goal, m_goals, ChangeKind::Changed); !st)
        return std::unexpected(st.error());
    return goal;
}

Result<Goal> ContentStore::liveGoal(const QString& id) {
    auto goal = m_goals.byId(id);
    if (goal && goal->deleted)
        return fail(ErrorCode::NotFound, QStringLiteral("The goal \"%1\" is in the trash.").arg(goal->title));
    return goal;
}

Result<Goal> ContentStore::goal(const QString& id) {
    return m_goals.byId(id);
}
Result<QList<Goal>> ContentStore::goals(bool includeArchived) {
    return m_goals.list(includeArchived);
}

Result<Record> ContentStore::addRecord(Record record) {
    return add(std::move(record), CheckInRule::Intent::Record);
}

Result<Record> ContentStore::checkIn(Record record) {
    if (record.goalId.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A check-in needs a goal."));
    return add(std::move(record), CheckInRule::Intent::CheckIn);
}

Result<Record> ContentStore::add(Record record, CheckInRule::Intent intent) {
    if (record.id.isEmpty())
        record.id = newId();
    record.createdAt = record.updatedAt = nowIso();
    record.tags = Record::normalizeTags(record.tags);
    record.headRev.clear();
    record.deleted = false;
    if (auto st = record.validate(); !st)
        return std::unexpected(st.error());
    if (!record.goalId.isEmpty()) {
        auto goal = liveGoal(record.goalId);
        if (!goal)
            return std::unexpected(goal.error());
        if (auto st = CheckInRule::apply(*goal, record, intent); !st)
            return std::unexpected(st.error());
    }
    if (auto st = commit(record, ItemType::Record, m_records, ChangeKind::Created); !st)
        return std::unexpected(st.error());
    return record;
}

Result<Record> ContentStore::updateRecord(Record record) {
    auto current = m_records.byId(record.id);
    if (!current)
        return std::unexpected(current.error());
    if (current->deleted)
        return fail(ErrorCode::NotFound, QStringLiteral("The record %1 is in the trash.").arg(record.id));
    record.createdAt = current->createdAt;
    record.headRev = current->headRev;
    record.deleted = false;
    record.updatedAt = current->updatedAt;
    record.tags = Record::normalizeTags(record.tags);
    if (auto st = record.validate(); !st)
        return std::unexpected(st.error());
    if (record.goalId != current->goalId && !record.goalId.isEmpty()) {
        if (auto goal = liveGoal(record.goalId); !goal)
            return std::unexpected(goal.error());
    }
    if (record == *current)
        return record;
    record.updatedAt = nowIso();
    const QString previousGoal = record.goalId != current->goalId ? current->goalId : QString();
    if (auto st = commit(record, ItemType::Record, m_records, ChangeKind::Changed, previousGoal); !st)
        return std::unexpected(st.error());
    return record;
}

Result<Record> ContentStore::record(const QString& id) {
    return m_records.byId(id);
}
Result<QList<Record>> ContentStore::records(const RecordFilter& filter) {
    return m_records.list(filter);
}
Result<SearchPage> ContentStore::searchJournal(const QString& query, int limit, std::optional<SearchCursor> after) {
    return m_records.search(query, limit, after);
}

Result<Milestone> ContentStore::addMilestone(Milestone milestone) {
    if (milestone.id.isEmpty())
        milestone.id = newId();
    milestone.headRev.clear();
    milestone.deleted = false;
    if (auto st = milestone.validate(); !st)
        return std::unexpected(st.error());
    if (auto goal = liveGoal(milestone.goalId); !goal)
        return std::unexpected(goal.error());
    if (auto st = commit(milestone, ItemType::Milestone, m_milestones, ChangeKind::Created); !st)
        return std::unexpected(st.error());
    return milestone;
}

Result<Milestone> ContentStore::updateMilestone(Milestone milestone) {
    auto current = m_milestones.byId(milestone.id);
    if (!current)
        return std::unexpected(current.error());
    if (current->deleted)
        return fail(ErrorCode::NotFound, QStringLiteral("The milestone \"%1\" is in the trash.").arg(current->title));
    milestone.headRev = current->headRev;
    milestone.deleted = false;
    if (auto st = milestone.validate(); !st)
        return std::unexpected(st.error());
    if (auto goal = liveGoal(milestone.goalId); !goal)
        return std::unexpected(goal.error());
    if (milestone == *current)
        return milestone;
    const QString previousGoal = milestone.goalId != current->goalId ? current->goalId : QString();
    if (auto st = commit(milestone, ItemType::Milestone, m_milestones, ChangeKind::Changed, previousGoal); !st)
        return std::unexpected(st.error());
    return milestone;
}

Result<Milestone> ContentStore::milestone(const QString& id) {
    return m_milestones.byId(id);
}

Result<QList<Milestone>> ContentStore::milestones(const QString& goalId) {
    return m_milestones.list(goalId);
}

Result<Category> ContentStore::addCategory(Category category) {
    if (category.id.isEmpty())
        category.id = newId();
    category.headRev.clear();
    category.deleted = false;
    if (auto st = category.validate(); !st)
        return std::unexpected(st.error());
    if (auto st = commit(category, ItemType::Category, m_categories, ChangeKind::Created); !st)
        return std::unexpected(st.error());
    return category;
}

Result<QList<Category>> ContentStore::categories() {
    return m_categories.list();
}

Result<Category> ContentStore::categoryNamed(const QString& name) {
    auto all = m_categories.list();
    if (!all)
        return std::unexpected(all.error());
    for (const Category& c : *all)
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    Category c;
    c.name = name.trimmed();
    c.position = static_cast<int>(all->size());
    return addCategory(c);
}

} // namespace selftrack::core

namespace selftrack::core {

Result<ItemType> ContentStore::typeOf(const QString& id) {
    auto stmt = m_db.cached("SELECT item_type FROM revisions WHERE item_id = ? ORDER BY seq DESC LIMIT 1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, id);
    auto name = (*stmt)->single([](const Statement& row) { return row.text(0); }, noSuchItem(id));
    if (!name)
        return std::unexpected(name.error());
    auto type = enums::parse(enums::kItemTypes, *name);
    if (!type)
        return fail(ErrorCode::Corrupt, QStringLiteral("The item %1 has an unknown type.").arg(id));
    return *type;
}

template <typename T, typename Repo>
Status ContentStore::setDeleted(Repo& repo, const QString& id, ItemType type, bool deleted) {
    auto item = repo.byId(id);
    if (!item)
        return std::unexpected(item.error());
    if (item->deleted == deleted)
        return fail(ErrorCode::InvalidInput, deleted ? QStringLiteral("The item %1 is already in the trash.").arg(id)
                                                     : QStringLiteral("The item %1 is not in the trash.").arg(id));
    T changed = *item;
    changed.deleted = deleted;
    if constexpr (requires { changed.updatedAt; })
        changed.updatedAt = nowIso();
    return commit(changed, type, repo, deleted ? ChangeKind::Trashed : ChangeKind::Restored);
}

Status ContentStore::setDeleted(const QString& id, bool deleted) {
    auto type = typeOf(id);
    if (!type)
        return std::unexpected(type.error());
    switch (*type) {
    case ItemType::Goal:
        return setDeleted<Goal>(m_goals, id, *type, deleted);
    case ItemType::Record:
        return setDeleted<Record>(m_records, id, *type, deleted);
    case ItemType::Milestone:
        return setDeleted<Milestone>(m_milestones, id, *type, deleted);
    case ItemType::Category:
        return setDeleted<Category>(m_categories, id, *type, deleted);
    }
    return {};
}

Status ContentStore::remove(const QString& id) {
    return setDeleted(id, true);
}

Status ContentStore::restore(const QString& id) {
    return setDeleted(id, false);
}

template <typename T, typename Repo>
Status ContentStore::revertTo(Repo& repo, const QString& id, ItemType type, const Revision& revision) {
    auto current = repo.byId(id);
    if (!current)
        return std::unexpected(current.error());
    auto old = T::fromJson(revision.content);
    if (!old)
        return std::unexpected(old.error());
    T item = std::move(*old);
    item.headRev = current->headRev;
    item.deleted = revision.deleted;
    if constexpr (requires { item.updatedAt; })
        item.updatedAt = nowIso();
    const ChangeKind kind = item.deleted == current->deleted ? ChangeKind::Changed
                            : item.deleted                   ? ChangeKind::Trashed
                                                             : ChangeKind::Restored;
    QString previousGoal;
    if constexpr (requires { item.goalId; })
        if (item.goalId != current->goalId)
            previousGoal = current->goalId;
    return commit(item, type, repo, kind, previousGoal);
}

Status ContentStore::revert(const QString& id, const QString& revId) {
    auto revision = m_log.byId(revId);
    if (!revision)
        return std::unexpected(revision.error());
    if (revision->itemId != id)
        return fail(ErrorCode::NotFound, QStringLiteral("The revision %1 does not belong to item %2.").arg(revId, id));
    switch (revision->itemType) {
    case ItemType::Goal:
        return revertTo<Goal>(m_goals, id, ItemType::Goal, *revision);
    case ItemType::Record:
        return revertTo<Record>(m_records, id, ItemType::Record, *revision);
    case ItemType::Milestone:
        return revertTo<Milestone>(m_milestones, id, ItemType::Milestone, *revision);
    case ItemType::Category:
        return revertTo<Category>(m_categories, id, ItemType::Category, *revision);
    }
    return {};
}

Status ContentStore::purgeItem(const QString& id, ItemType type) {
    if (type == ItemType::Goal) {
        RecordFilter filter;
        filter.goalId = id;
        for (bool deleted : {false, true}) {
            filter.onlyDeleted = deleted;
            auto records = m_records.list(filter);
            if (!records)
                return std::unexpected(records.error());
            for (const Record& r : *records)
                if (auto st = purgeItem(r.id, ItemType::Record); !st)
                    return st;
            auto milestones = m_milestones.list(id, deleted);
            if (!milestones)
                return std::unexpected(milestones.error());
            for (const Milestone& m : *milestones)
                if (auto st = purgeItem(m.id, ItemType::Milestone); !st)
                    return st;
        }
    }
    ItemChange change{type, id, ChangeKind::Purged, QString(), QString()};
    if (type == ItemType::Record)
        if (auto r = m_records.byId(id))
            change.goalId = r->goalId;
    if (type == ItemType::Milestone)
        if (auto m = m_milestones.byId(id))
            change.goalId = m->goalId;
    Status erased;
    switch (type) {
    case ItemType::Goal:
        erased = m_goals.erase(id);
        break;
    case ItemType::Record:
        erased = m_records.erase(id);
        break;
    case ItemType::Milestone:
        erased = m_milestones.erase(id);
        break;
    case ItemType::Category:
        erased = m_categories.erase(id);
        break;
    }
    if (!erased)
        return erased;
    if (auto st = m_log.erase(id); !st)
        return st;
    m_pending.changes.append(change);
    return {};
}

Status ContentStore::purge(const QString& id) {
    auto type = typeOf(id);
    if (!type)
        return std::unexpected(type.error());
    if (auto st = write([&] { return purgeItem(id, *type); }); !st)
        return st;
    if (m_batchDepth > 0)
        return {};
    // Old FTS segments and WAL frames still hold the text: merge the index (freed pages are
    // zeroed by secure_delete) and checkpoint the WAL back to zero length.
    if (auto st = m_records.compactIndex(); !st)
        return st;
    return m_db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
}

Result<QList<TrashEntry>> ContentStore::trash() {
    // The display text comes from the head revision's content through ItemLabel, the same label
    // the history uses; the SQL only finds the trashed items.
    auto stmt = m_db.prepare(
        "SELECT 'goal', g.id, v.content, v.created_at FROM goals g JOIN revisions v ON v.rev_id = g.head_rev "
        "WHERE g.deleted = 1 UNION ALL "
        "SELECT 'record', r.id, v.content, v.created_at FROM records r JOIN revisions v ON v.rev_id = r.head_rev "
        "WHERE r.deleted = 1 UNION ALL "
        "SELECT 'milestone', m.id, v.content, v.created_at FROM milestones m JOIN revisions v ON v.rev_id = m.head_rev "
        "WHERE m.deleted = 1 UNION ALL "
        "SELECT 'category', c.id, v.content, v.created_at FROM categories c JOIN revisions v ON v.rev_id = c.head_rev "
        "WHERE c.deleted = 1 ORDER BY 4 DESC");
    if (!stmt)
        return std::unexpected(stmt.error());
    return stmt->collect([](const Statement& row) {
        const ItemType type = enums::parse(enums::kItemTypes, row.text(0)).value_or(ItemType::Goal);
        const QJsonObject content = QJsonDocument::fromJson(row.text(2).toUtf8()).object();
        return TrashEntry{type, row.text(1), ItemLabel::of(type, content), row.text(3)};
    });
}

Result<int> ContentStore::purgeTrash() {
    auto entries = trash();
    if (!entries)
        return std::unexpected(entries.error());
    int purged = 0;
    auto st = batch([&]() -> Status {
        for (const TrashEntry& e : *entries) {
            if (auto type = typeOf(e.id); !type) // already gone with its goal
                continue;
            if (auto st = purgeItem(e.id, e.type); !st)
                return st;
            ++purged;
        }
        return {};
    });
    if (!st)
        return std::unexpected(st.error());
    if (auto c = m_records.compactIndex(); !c)
        return std::unexpected(c.error());
    if (auto c = m_db.exec("PRAGMA wal_checkpoint(TRUNCATE);"); !c)
        return std::unexpected(c.error());
    return purged;
}

Result<QList<Revision>> ContentStore::history(const QString& id) {
    auto revisions = m_log.history(id);
    if (revisions && revisions->isEmpty())
        return fail(ErrorCode::NotFound, noSuchItem(id));
    return revisions;
}

} // namespace selftrack::core
