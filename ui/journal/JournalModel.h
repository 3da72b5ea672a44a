// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/JournalFilter.h"
#include "core/domain/Record.h"
#include "core/domain/SearchCursor.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>

#include <optional>

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

// The journal timeline as a flat list: a header row for each day, then that day's entries, newest
// first (core's JournalQuery decides what an entry is and the order). Either the whole journal
// through a filter, or, with search text, the entries that match it (through the same filter).
// Loads a page at a time: canFetchMore()/fetchMore() read the next page after the last one
// (SearchCursor), so views load as they scroll. Reloads what it shows when core publishes a change
// of a record or goal, and empties itself (filter and search text too) before the vault locks. data() only reads what
// the last load put in memory. Lives in the GUI thread with the session.
class JournalModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class RowKind { Day, Entry };
    enum Role {
        RowKindRole = Qt::UserRole + 1, // RowKind as int
        RecordIdRole,
        DayRole,
        TimeTextRole,  // "09:30", empty without a time
        GoalTitleRole, // the goal an entry is about, empty for a pure journal entry
        MoodRole,      // 1..5, or invalid
        TagsRole,      // QStringList
        ExcerptRole,   // the note as one line of plain text
        DetailsRole    // time, goal, mood and tags as one line
    };
    static constexpr int kDefaultPageSize = 50;

    explicit JournalModel(core::VaultSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // What the list shows; each starts again from the newest entry.
    void setFilter(const core::JournalFilter& filter);
    const core::JournalFilter& filter() const { return m_filter; }
    // Text as typed into a search box (core's TypedSearch makes it a query); empty = the timeline.
    void setSearchText(const QString& typed);
    bool isSearching() const { return !m_match.isEmpty(); }
    QString searchText() const { return m_typed; }
    // Entries per page (fetchMore); tests use small pages.
    void setPageSize(int entries);
    int pageSize() const { return m_pageSize; }

    // Reads again as many entries as are loaded now (at least one page).
    void reload();

    int entryCount() const { return static_cast<int>(m_entries.size()); }
    // The entry shown in `row`; null for a day header or a row out of range.
    const core::Record* entryAt(int row) const;
    // The row of the entry with `recordId`, -1 when it is not loaded.
    int rowOf(const QString& recordId) const;
    QString goalTitle(const QString& goalId) const { return m_goalTitles.value(goalId); }
    // The last error of a load, empty when it worked.
    QString problem() const { return m_problem; }

private:
    struct Row {
        RowKind kind = RowKind::Day;
        qsizetype entry = -1; // index into m_entries (Entry rows)
        QDate day;
    };
    void load(int limit, bool append);
    // Appends the rows of `records` (and a header before each new day); `announce` = an insert
    // the views hear of (a later page), not part of a reset.
    void appendEntries(const QList<core::Record>& records, bool announce);
    void drop();
    QString dayTitle(QDate day) const;
    QString details(const core::Record& record) const;

    core::VaultSession& m_session;
    core::JournalFilter m_filter;
    QString m_typed;
    QString m_match;
    int m_pageSize = kDefaultPageSize;
    QList<Row> m_rows;
    QList<core::Record> m_entries;
    QList<QString> m_excerpts; // by entry, made when loaded
    QHash<QString, int> m_rowOfId;
    QHash<QString, QString> m_goalTitles;
    std::optional<core::SearchCursor> m_next;
    QDate m_today;
    QString m_problem;
};

} // namespace selftrack::ui
