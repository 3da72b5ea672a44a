// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/JournalModel.h"

#include "core/domain/ContentStore.h"
#include "core/domain/TypedSearch.h"
#include "core/vault/VaultSession.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

namespace selftrack::ui {

namespace {
constexpr qsizetype kExcerptSource = 800; // characters of the note read for the excerpt
constexpr qsizetype kExcerptLength = 240;

// The note as plain text on one line: Markdown markup rendered away, its paragraphs (a heading
// and the text under it) joined with dashes.
QString excerptOf(const QString& note) {
    QTextDocument document;
    document.setMarkdown(note.left(kExcerptSource));
    QStringList lines;
    for (const QString& line : document.toPlainText().split(QLatin1Char('\n')))
        if (const QString text = line.simplified(); !text.isEmpty())
            lines.append(text);
    return lines.join(QStringLiteral(" — ")).left(kExcerptLength);
}

// The locale's short time without seconds ("08:15", "8:15 AM").
QString shortTime(QTime time) {
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    format.remove(seconds);
    return locale.toString(time, format.trimmed());
}

bool touchesJournal(const core::ChangeSet& changes) {
    return std::any_of(changes.changes.begin(), changes.changes.end(), [](const core::ItemChange& c) {
        return c.type == core::ItemType::Record || c.type == core::ItemType::Goal;
    });
}
} // namespace

JournalModel::JournalModel(core::VaultSession& session, QObject* parent)
    : QAbstractListModel(parent), m_session(session) {
    connect(&m_session, &core::VaultSession::unlocked, this, &JournalModel::reload);
    connect(&m_session, &core::VaultSession::aboutToLock, this, &JournalModel::drop);
    connect(m_session.events(), &core::ContentEvents::changed, this, [this](const core::ChangeSet& changes) {
        if (touchesJournal(changes))
            reload();
    });
    if (m_session.isUnlocked())
        reload();
}

int JournalModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

const core::Record* JournalModel::entryAt(int row) const {
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).kind != RowKind::Entry)
        return nullptr;
    return &m_entries.at(m_rows.at(row).entry);
}

int JournalModel::rowOf(const QString& recordId) const {
    return m_rowOfId.value(recordId, -1);
}

QString JournalModel::dayTitle(QDate day) const {
    QString date = QLocale().toString(day, QLocale::LongFormat);
    if (day == m_today)
        return tr("Today — %1").arg(date);
    if (day == m_today.addDays(-1))
        return tr("Yesterday — %1").arg(date);
    return date;
}

QString JournalModel::details(const core::Record& r) const {
    QStringList parts;
    if (r.time)
        parts.append(shortTime(*r.time));
    if (!r.goalId.isEmpty())
        parts.append(r.isCheckIn() ? tr("check-in of %1").arg(goalTitle(r.goalId))
                                   : tr("about %1").arg(goalTitle(r.goalId)));
    if (r.mood)
        parts.append(tr("mood %1/5").arg(*r.mood));
    if (!r.tags.isEmpty()) {
        QStringList tags;
        for (const QString& tag : r.tags)
            tags.append(QLatin1Char('#') + tag);
        parts.append(tags.join(QLatin1Char(' ')));
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant JournalModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == RowKindRole)
        return static_cast<int>(row.kind);
    if (role == DayRole)
        return row.day;
    if (row.kind == RowKind::Day) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return dayTitle(row.day);
        default:
            return {};
        }
    }
    const core::Record& r = m_entries.at(row.entry);
    const QString& excerpt = m_excerpts.at(row.entry);
    switch (role) {
    case Qt::DisplayRole:
    case ExcerptRole:
        return excerpt;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString line = details(r);
        return line.isEmpty() ? excerpt : tr("%1: %2").arg(line, excerpt);
    }
    case DetailsRole:
        return details(r);
    case RecordIdRole:
        return r.id;
    case TimeTextRole:
        return r.time ? shortTime(*r.time) : QString();
    case GoalTitleRole:
        return goalTitle(r.goalId);
    case MoodRole:
        return r.mood ? QVariant(*r.mood) : QVariant();
    case TagsRole:
        return r.tags;
    default:
        return {};
    }
}

Qt::ItemFlags JournalModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Day headers are not items to select: the keyboard skips them.
    if (m_rows.at(index.row()).kind == RowKind::Day)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> JournalModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(RecordIdRole, "recordId");
    names.insert(DayRole, "day");
    names.insert(TimeTextRole, "time");
    names.insert(GoalTitleRole, "goalTitle");
    names.insert(MoodRole, "mood");
    names.insert(TagsRole, "tags");
    names.insert(ExcerptRole, "excerpt");
    names.insert(DetailsRole, "details");
    return names;
}

bool JournalModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_next.has_value();
}

void JournalModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        load(m_pageSize, true);
}

void JournalModel::setFilter(const core::JournalFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    load(m_pageSize, false);
}

void JournalModel::setSearchText(const QString& typed) {
    const QString match = core::TypedSearch::matchQuery(typed);
    m_typed = typed;
    if (match == m_match)
        return;
    m_match = match;
    load(m_pageSize, false);
}

void JournalModel::setPageSize(int entries) {
    m_pageSize = std::max(1, entries);
}

void JournalModel::reload() {
    load(std::max(m_pageSize, entryCount()), false);
}

void JournalModel::load(int limit, bool append) {
    auto store = m_session.store();
    if (!store) {
        drop();
        return;
    }
    const std::optional<core::SearchCursor> after = append ? m_next : std::nullopt;
    auto page = m_match.isEmpty() ? (*store)->journal(m_filter, limit, after)
                                  : (*store)->searchJournal(m_match, m_filter, limit, after);
    m_problem = page ? QString() : page.error().message;
    if (append) {
        if (page) {
            m_next = page->next;
            appendEntries(page->hits, true);
        }
        return;
    }
    beginResetModel();
    m_today = m_session.clock()().toLocalTime().date();
    m_goalTitles.clear();
    if (auto goals = (*store)->goals(true)) // archived goals' notes are in the journal too
        for (const core::Goal& g : *goals)
            m_goalTitles.insert(g.id, g.title);
    m_rows.clear();
    m_entries.clear();
    m_excerpts.clear();
    m_rowOfId.clear();
    m_next.reset();
    if (page) {
        m_next = page->next;
        appendEntries(page->hits, false);
    }
    endResetModel();
}

void JournalModel::appendEntries(const QList<core::Record>& records, bool announce) {
    if (records.isEmpty())
        return;
    QList<Row> rows;
    QDate last = m_entries.isEmpty() ? QDate() : m_entries.last().day;
    qsizetype entry = m_entries.size();
    for (const core::Record& r : records) {
        if (r.day != last)
            rows.append(Row{RowKind::Day, -1, r.day});
        last = r.day;
        rows.append(Row{RowKind::Entry, entry++, r.day});
    }
    const int first = static_cast<int>(m_rows.size());
    if (announce)
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(rows.size()) - 1);
    for (const core::Record& r : records) {
        m_entries.append(r);
        m_excerpts.append(excerptOf(r.note));
    }
    for (const Row& row : rows) {
        if (row.kind == RowKind::Entry)
            m_rowOfId.insert(m_entries.at(row.entry).id, static_cast<int>(m_rows.size()));
        m_rows.append(row);
    }
    if (announce)
        endInsertRows();
}

void JournalModel::drop() {
    beginResetModel();
    m_rows.clear();
    m_entries.clear();
    m_excerpts.clear();
    m_rowOfId.clear();
    m_goalTitles.clear();
    m_next.reset();
    m_problem.clear();
    m_filter = {};
    m_typed.clear();
    m_match.clear();
    endResetModel();
}

} // namespace selftrack::ui
