// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/domain/CategoryRepository.h"
#include "core/domain/CheckInRule.h"
#include "core/domain/GoalRepository.h"
#include "core/domain/JournalQuery.h"
#include "core/domain/MilestoneRepository.h"
#include "core/domain/RecordRepository.h"
#include "core/domain/RevisionLog.h"
#include "core/events/ContentEvents.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <functional>

namespace selftrack::core {

// Runs inside the transaction of a write, after its changes and before COMMIT (the sync outbox,
// derived caches); a failure rolls the whole write back and is returned by the write.
using CommitHook = std::function<Status(const ChangeSet&)>;

// What ContentStore::adopt did with an imported item.
enum class AdoptOutcome { Added, Updated, Unchanged };

struct TrashEntry {
    ItemType type = ItemType::Goal;
    QString id;
    QString summary;
    QString deletedAt;
};

// All reads and writes of Content. Every create, update, delete, restore and revert writes the
// current state and appends one revision in the same transaction; purge removes an item and all
// of its revisions. Not thread-safe: one ContentStore per Database, used from its thread.
class ContentStore {
public:
    // `clock` returns the current time (any time spec; stored as UTC); empty = systemClock().
    ContentStore(Database& db, QString deviceId, Clock clock = {});

    Result<Goal> addGoal(Goal goal);      // assigns id and timestamps when empty
    Result<Goal> updateGoal(Goal goal);   // the goal must exist and not be in the trash
    Result<Goal> goal(const QString& id); // includes trashed
    Result<QList<Goal>> goals(bool includeArchived = false);

    // A plain record; CheckInRule::Intent::Record decides what a value-less "done" means.
    Result<Record> addRecord(Record record);
    // What the user does with "check in" / "log" (CLI log, Today view): CheckInRule::Intent::CheckIn.
    Result<Record> checkIn(Record record);
    Result<Record> updateRecord(Record record);
    Result<Record> record(const QString& id);
    Result<QList<Record>> records(const RecordFilter& filter);
    // The `limit` newest journal search hits after `after` (RecordRepository::search); page on
    // with the returned page's `next`.
    Result<SearchPage> searchJournal(const QString& query, int limit = 50, std::optional<SearchCursor> after = {});
    // The journal view (JournalQuery: which records are entries, their order): a page of the
    // timeline, a search within the journal, and the tags its entries carry.
    Result<SearchPage> journal(const JournalFilter& filter, int limit = 50, std::optional<SearchCursor> after = {});
    Result<SearchPage> searchJournal(const QString& query, const JournalFilter& filter, int limit = 50,
                                     std::optional<SearchCursor> after = {});
    Result<QStringList> journalTags();

    // Records and milestones can be added to (or moved to) a goal only while it is out of the
    // trash; a milestone in the trash cannot be changed (restore it first).
    Result<Milestone> addMilestone(Milestone milestone);
    Result<Milestone> updateMilestone(Milestone milestone);
    Result<Milestone> milestone(const QString& id); // includes trashed
    // The goal's milestones outside the trash; an empty goalId lists every goal's.
    Result<QList<Milestone>> milestones(const QString& goalId);

    Result<Category> addCategory(Category category);
    Result<QList<Category>> categories();
    // The category with this name (case-insensitive), created when missing.
    Result<Category> categoryNamed(const QString& name);

    Result<ItemType> typeOf(const QString& id);
    Status remove(const QString& id);  // to the trash (a tombstone revision)
    Status restore(const QString& id); // out of the trash (a new revision)
    // Makes the content of `revId` the new head (history is kept).
    Status revert(const QString& id, const QString& revId);
    // Permanently deletes the item and all its revisions; a goal takes its records and milestones
    // with it. Compacts the search index and truncates the WAL so no plaintext remains.
    Status purge(const QString& id);
    Result<int> purgeTrash();
    Result<QList<TrashEntry>> trash();
    Result<QList<Revision>> history(const QString& id);

    // Import of SelfTrack's own export (core/port); call inside batch(). Writes `item` as it is:
    // id, timestamps and trash state kept. A new item gets `revisions` (its history from the
    // export, oldest first) verbatim, the last one its head, or one new revision when there are
    // none. An existing item whose content or trash state differs gets one new revision on top
    // of its own history; an identical one is left alone. Validates the item; references (a
    // record's goal) are the caller's to check.
    template <typename T> Result<AdoptOutcome> adopt(T item, const QList<Revision>& revisions);

    // Runs `fn` inside one transaction: all its writes commit together or not at all, and
    // listeners hear of them once, in one ChangeSet.
    Status batch(const std::function<Status()>& fn);

    // After each committed write that changed something, `events` publishes its ChangeSet.
    // Not owned; may be null.
    void setEvents(ContentEvents* events) { m_events = events; }
    void addCommitHook(CommitHook hook) { m_hooks.append(std::move(hook)); }

    // The connection this store writes through, for read-only queries of its own (core/stats).
    Database& database() { return m_db; }

    QString newId() const;
    QString nowIso() const;

private:
    // The repository and ItemType of each item type (ContentStore.cpp): the add, update, trash,
    // restore, revert and purge steps below are written once for all four.
    template <typename T> auto& repository();
    // Calls `fn(std::type_identity<T>{})` with the item type `type` names.
    template <typename Fn> Status dispatch(ItemType type, Fn&& fn);
    // `check(item)` runs after validation, before the write (the goal a record belongs to, say).
    template <typename T> Result<T> create(T item, const std::function<Status(T&)>& check = {});
    // `check(item, current)` runs after validation; an unchanged item is returned without a write.
    template <typename T> Result<T> update(T item, const std::function<Status(T&, const T&)>& check = {});
    template <typename T> Status commit(T& item, ChangeKind kind, const QString& previousGoalId = {});
    template <typename T> Status setDeleted(const QString& id, bool deleted);
    template <typename T> Status revertTo(const QString& id, const Revision& revision);
    template <typename T> Status erase(const QString& id);
    // remove() and restore(): looks up the item's type and sets its deleted flag with a revision.
    Status setDeleted(const QString& id, bool deleted);
    Status write(const std::function<Status()>& fn);
    Result<Record> add(Record record, CheckInRule::Intent intent);
    // A record of `goal` dated before its start moves the start back to the record's day (a goal
    // revision in the same transaction), so the goal's status and its figures agree.
    Status coverStart(const Goal& goal, const Record& record);
    Status purgeItem(const QString& id, ItemType type);
    // The goal, or NotFound when it does not exist or is in the trash. Cached: every goal write
    // drops its entry and a failed transaction drops them all.
    Result<Goal> liveGoal(const QString& id);

    Database& m_db;
    QString m_deviceId;
    Clock m_clock;
    RevisionLog m_log;
    GoalRepository m_goals;
    RecordRepository m_records;
    MilestoneRepository m_milestones;
    CategoryRepository m_categories;
    JournalQuery m_journal;
    int m_batchDepth = 0;
    ChangeSet m_pending; // changes of the open transaction
    QPointer<ContentEvents> m_events;
    QList<CommitHook> m_hooks;
    QHash<QString, Goal> m_liveGoals;
};

} // namespace selftrack::core
