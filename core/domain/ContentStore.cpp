// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ContentStore.h"

#include "core/domain/CheckInRule.h"
#include "core/domain/IsoText.h"
#include "core/domain/ProgressSnapshots.h"
#include "core/history/ItemLabel.h"

#include <QJsonDocument>

#include <QUuid>

#include <type_traits>

namespace selftrack::core {

namespace {
QString noSuchItem(const QString& id) {
    return QStringLiteral("There is no item with id %1.").arg(id);
}

template <typename T> constexpr ItemType itemTypeOf() {
    if constexpr (std::is_same_v<T, Goal>)
        return ItemType::Goal;
    else if constexpr (std::is_same_v<T, Record>)
        return ItemType::Record;
    else if constexpr (std::is_same_v<T, Milestone>)
        return ItemType::Milestone;
    else
        return ItemType::Category;
}
} // namespace

ContentStore::ContentStore(Database& db, QString deviceId, Clock clock)
    : m_db(db), m_deviceId(std::move(deviceId)), m_clock(std::move(clock)), m_log(db), m_goals(db), m_records(db),
      m_milestones(db), m_categories(db), m_journal(db) {
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
        if (!m_pending.isEmpty()) {
            ProgressSnapshots snapshots(m_db);
            for (const QString& goalId : m_pending.goalsAffected())
                if (auto st = snapshots.drop(goalId); !st)
                    return st;
        }
        if (!m_pending.isEmpty())
            for (const CommitHook& hook : m_hooks)
                if (auto st = hook(m_pending); !st)
                    return st;
        return tx.commit();
    };
    const Status st = finish();
    ChangeSet committed = std::exchange(m_pending, {});
    if (!st)
        m_liveGoals.clear(); // a rolled-back transaction may have read goals it wrote
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

template <typename T> auto& ContentStore::repository() {
    if constexpr (std::is_same_v<T, Goal>)
        return m_goals;
    else if constexpr (std::is_same_v<T, Record>)
        return m_records;
    else if constexpr (std::is_same_v<T, Milestone>)
        return m_milestones;
    else
        return m_categories;
}

template <typename Fn> Status ContentStore::dispatch(ItemType type, Fn&& fn) {
    switch (type) {
    case ItemType::Goal:
        return fn(std::type_identity<Goal>{});
    case ItemType::Record:
        return fn(std::type_identity<Record>{});
    case ItemType::Milestone:
        return fn(std::type_identity<Milestone>{});
    case ItemType::Category:
        return fn(std::type_identity<Category>{});
    }
    return fail(ErrorCode::Corrupt, QStringLiteral("Unknown item type."));
}

template <typename T> Status ContentStore::commit(T& item, ChangeKind kind, const QString& previousGoalId) {
    Revision revision;
    revision.revId = newId();
    revision.itemId = item.id;
    revision.itemType = itemTypeOf<T>();
    revision.parentRev = item.headRev;
    revision.deviceId = m_deviceId;
    revision.createdAt = nowIso();
    revision.deleted = item.deleted;
    const QByteArray content = RevisionLog::contentOf(item); // canonical JSON, no QJsonObject for records
    item.headRev = revision.revId;
    ItemChange change{itemTypeOf<T>(), item.id, kind, QString(), previousGoalId};
    if constexpr (requires { item.goalId; })
        change.goalId = item.goalId;
    if constexpr (std::is_same_v<T, Goal>)
        m_liveGoals.remove(item.id);
    return write([&]() -> Status {
        if (auto st = repository<T>().save(item); !st)
            return st;
        if (auto st = m_log.append(revision, content); !st)
            return st;
        m_pending.changes.append(change);
        return {};
    });
}

template <typename T> Result<T> ContentStore::create(T item, const std::function<Status(T&)>& check) {
    const bool givenId = !item.id.isEmpty();
    if (!givenId)
        item.id = newId();
    if constexpr (requires { item.createdAt; })
        item.createdAt = item.updatedAt = nowIso();
    item.headRev.clear();
    item.deleted = false;
    if (auto st = item.validate(); !st)
        return std::unexpected(st.error());
    // A new id is a fresh UUID; one the caller chose (an import) must not replace an item.
    if (givenId && typeOf(item.id))
        return fail(ErrorCode::InvalidInput, QStringLiteral("An item with id %1 already exists.").arg(item.id));
    if (check)
        if (auto st = check(item); !st)
            return std::unexpected(st.error());
    if (auto st = commit(item, ChangeKind::Created); !st)
        return std::unexpected(st.error());
    return item;
}

template <typename T> Result<T> ContentStore::update(T item, const std::function<Status(T&, const T&)>& check) {
    auto current = repository<T>().byId(item.id);
    if (!current)
        return std::unexpected(current.error());
    if (current->deleted)
        return fail(ErrorCode::NotFound,
                    QStringLiteral("The %1 \"%2\" is in the trash.")
                        .arg(toString(itemTypeOf<T>()), ItemLabel::of(itemTypeOf<T>(), current->toJson())));
    item.headRev = current->headRev;
    item.deleted = false;
    if constexpr (requires { item.createdAt; }) {
        item.createdAt = current->createdAt;
        item.updatedAt = current->updatedAt;
    }
    if (auto st = item.validate(); !st)
        return std::unexpected(st.error());
    if (check)
        if (auto st = check(item, *current); !st)
            return std::unexpected(st.error());
    if (item == *current)
        return item;
    if constexpr (requires { item.updatedAt; })
        item.updatedAt = nowIso();
    QString previousGoal;
    if constexpr (requires { item.goalId; })
        if (item.goalId != current->goalId)
            previousGoal = current->goalId;
    if (auto st = commit(item, ChangeKind::Changed, previousGoal); !st)
        return std::unexpected(st.error());
    return item;
}

Result<Goal> ContentStore::addGoal(Goal goal) {
    if (!goal.startDate.isValid())
        goal.startDate = m_clock().toLocalTime().date();
    return create(std::move(goal));
}

Result<Goal> ContentStore::updateGoal(Goal goal) {
    return update(std::move(goal));
}

Result<Goal> ContentStore::liveGoal(const QString& id) {
    if (auto cached = m_liveGoals.constFind(id); cached != m_liveGoals.constEnd())
        return *cached;
    auto goal = m_goals.byId(id);
    if (!goal)
        return goal;
    if (goal->deleted)
        return fail(ErrorCode::NotFound, QStringLiteral("The goal \"%1\" is in the trash.").arg(goal->title));
    m_liveGoals.insert(id, *goal);
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

Status ContentStore::coverStart(const Goal& goal, const Record& record) {
    if (!record.day.isValid() || record.day >= goal.startDate)
        return {};
    Goal moved = goal;
    moved.startDate = record.day;
    if (auto st = moved.validate(); !st)
        return st;
    moved.updatedAt = nowIso();
    return commit(moved, ChangeKind::Changed);
}

Result<Record> ContentStore::add(Record record, CheckInRule::Intent intent) {
    record.tags = Record::normalizeTags(record.tags);
    // One transaction: a record before its goal's start commits together with the moved start.
    Result<Record> added;
    auto st = batch([&]() -> Status {
        added = create<Record>(std::move(record), [&](Record& r) -> Status {
            if (r.goalId.isEmpty())
                return {};
            auto goal = liveGoal(r.goalId);
            if (!goal)
                return std::unexpected(goal.error());
            if (auto st = CheckInRule::apply(*goal, r, intent); !st)
                return st;
            return coverStart(*goal, r);
        });
        return added ? Status{} : Status(std::unexpected(added.error()));
    });
    if (!st)
        return std::unexpected(st.error());
    return added;
}

Result<Record> ContentStore::updateRecord(Record record) {
    record.tags = Record::normalizeTags(record.tags);
    Result<Record> updated;
    auto st = batch([&]() -> Status {
        updated = update<Record>(std::move(record), [&](Record& r, const Record& current) -> Status {
            if (r.goalId.isEmpty())
                return {};
            const bool moved = r.goalId != current.goalId;
            if (!moved && r.day == current.day)
                return {};
            // A record moves only to a goal out of the trash; one of a trashed goal may change.
            auto goal = moved ? liveGoal(r.goalId) : m_goals.byId(r.goalId);
            if (!goal)
                return std::unexpected(goal.error());
            return goal->deleted ? Status{} : coverStart(*goal, r);
        });
        return updated ? Status{} : Status(std::unexpected(updated.error()));
    });
    if (!st)
        return std::unexpected(st.error());
    return updated;
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
Result<SearchPage> ContentStore::journal(const JournalFilter& filter, int limit, std::optional<SearchCursor> after) {
    return m_journal.entries(filter, limit, after);
}
Result<SearchPage> ContentStore::searchJournal(const QString& query, const JournalFilter& filter, int limit,
                                               std::optional<SearchCursor> after) {
    return m_journal.search(query, filter, limit, after);
}
Result<QStringList> ContentStore::journalTags() {
    return m_journal.tags();
}

Result<Milestone> ContentStore::addMilestone(Milestone milestone) {
    return create<Milestone>(std::move(milestone), [&](Milestone& m) -> Status {
        if (auto goal = liveGoal(m.goalId); !goal)
            return std::unexpected(goal.error());
        return {};
    });
}

Result<Milestone> ContentStore::updateMilestone(Milestone milestone) {
    return update<Milestone>(std::move(milestone), [&](Milestone& m, const Milestone&) -> Status {
        if (auto goal = liveGoal(m.goalId); !goal)
            return std::unexpected(goal.error());
        return {};
    });
}

Result<Milestone> ContentStore::milestone(const QString& id) {
    return m_milestones.byId(id);
}

Result<QList<Milestone>> ContentStore::milestones(const QString& goalId) {
    return m_milestones.list(goalId);
}

Result<Category> ContentStore::addCategory(Category category) {
    return create(std::move(category));
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

template <typename T> Status ContentStore::setDeleted(const QString& id, bool deleted) {
    auto item = repository<T>().byId(id);
    if (!item)
        return std::unexpected(item.error());
    if (item->deleted == deleted)
        return fail(ErrorCode::InvalidInput, deleted ? QStringLiteral("The item %1 is already in the trash.").arg(id)
                                                     : QStringLiteral("The item %1 is not in the trash.").arg(id));
    T changed = *item;
    changed.deleted = deleted;
    if constexpr (requires { changed.updatedAt; })
        changed.updatedAt = nowIso();
    return commit(changed, deleted ? ChangeKind::Trashed : ChangeKind::Restored);
}

Status ContentStore::setDeleted(const QString& id, bool deleted) {
    auto type = typeOf(id);
    if (!type)
        return std::unexpected(type.error());
    return dispatch(*type, [&]<typename T>(std::type_identity<T>) { return setDeleted<T>(id, deleted); });
}

Status ContentStore::remove(const QString& id) {
    return setDeleted(id, true);
}

Status ContentStore::restore(const QString& id) {
    return setDeleted(id, false);
}

template <typename T> Status ContentStore::revertTo(const QString& id, const Revision& revision) {
    auto current = repository<T>().byId(id);
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
    return commit(item, kind, previousGoal);
}

Status ContentStore::revert(const QString& id, const QString& revId) {
    auto revision = m_log.byId(revId);
    if (!revision)
        return std::unexpected(revision.error());
    if (revision->itemId != id)
        return fail(ErrorCode::NotFound, QStringLiteral("The revision %1 does not belong to item %2.").arg(revId, id));
    return dispatch(revision->itemType, [&]<typename T>(std::type_identity<T>) { return revertTo<T>(id, *revision); });
}

template <typename T> Status ContentStore::erase(const QString& id) {
    ItemChange change{itemTypeOf<T>(), id, ChangeKind::Purged, QString(), QString()};
    if constexpr (requires(T t) { t.goalId; })
        if (auto item = repository<T>().byId(id))
            change.goalId = item->goalId;
    if constexpr (std::is_same_v<T, Goal>)
        m_liveGoals.remove(id);
    if (auto st = repository<T>().erase(id); !st)
        return st;
    if (auto st = m_log.erase(id); !st)
        return st;
    m_pending.changes.append(change);
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
                if (auto st = erase<Record>(r.id); !st)
                    return st;
            auto milestones = m_milestones.list(id, deleted);
            if (!milestones)
                return std::unexpected(milestones.error());
            for (const Milestone& m : *milestones)
                if (auto st = erase<Milestone>(m.id); !st)
                    return st;
        }
    }
    return dispatch(type, [&]<typename T>(std::type_identity<T>) { return erase<T>(id); });
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

template <typename T> Result<AdoptOutcome> ContentStore::adopt(T item, const QList<Revision>& revisions) {
    if constexpr (std::is_same_v<T, Record>)
        item.tags = Record::normalizeTags(item.tags);
    if (auto st = item.validate(); !st)
        return std::unexpected(st.error());
    AdoptOutcome outcome = AdoptOutcome::Unchanged;
    auto st = batch([&]() -> Status {
        auto current = repository<T>().byId(item.id);
        if (!current && current.error().code != ErrorCode::NotFound)
            return std::unexpected(current.error());
        if (current) {
            item.headRev = current->headRev;
            if (item == *current)
                return {};
            const ChangeKind kind = item.deleted == current->deleted
                                        ? ChangeKind::Changed
                                        : (item.deleted ? ChangeKind::Trashed : ChangeKind::Restored);
            QString previousGoal;
            if constexpr (requires { item.goalId; })
                if (item.goalId != current->goalId)
                    previousGoal = current->goalId;
            outcome = AdoptOutcome::Updated;
            return commit(item, kind, previousGoal);
        }
        if (auto type = typeOf(item.id))
            return fail(
                ErrorCode::InvalidInput,
                QStringLiteral("The id %1 belongs to a %2 in this vault already.").arg(item.id, toString(*type)));
        outcome = AdoptOutcome::Added;
        if (revisions.isEmpty()) {
            item.headRev.clear();
            return commit(item, ChangeKind::Created);
        }
        for (const Revision& revision : revisions) {
            if (revision.itemId != item.id || revision.itemType != itemTypeOf<T>())
                return fail(ErrorCode::InvalidInput, QStringLiteral("The revision %1 does not belong to the %2 %3.")
                                                         .arg(revision.revId, toString(itemTypeOf<T>()), item.id));
            if (auto appended = m_log.append(revision); !appended)
                return appended;
        }
        item.headRev = revisions.last().revId;
        if constexpr (std::is_same_v<T, Goal>)
            m_liveGoals.remove(item.id);
        if (auto saved = repository<T>().save(item); !saved)
            return saved;
        ItemChange change{itemTypeOf<T>(), item.id, ChangeKind::Created, QString(), QString()};
        if constexpr (requires { item.goalId; })
            change.goalId = item.goalId;
        m_pending.changes.append(change);
        return {};
    });
    if (!st)
        return std::unexpected(st.error());
    return outcome;
}

template Result<AdoptOutcome> ContentStore::adopt<Goal>(Goal, const QList<Revision>&);
template Result<AdoptOutcome> ContentStore::adopt<Record>(Record, const QList<Revision>&);
template Result<AdoptOutcome> ContentStore::adopt<Milestone>(Milestone, const QList<Revision>&);
template Result<AdoptOutcome> ContentStore::adopt<Category>(Category, const QList<Revision>&);

} // namespace selftrack::core
