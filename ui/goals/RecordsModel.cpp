// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/goals/RecordsModel.h"

#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"
#include "ui/undo/EditHistory.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace selftrack::ui {

namespace {

QString statusText(core::RecordStatus status) {
    switch (status) {
    case core::RecordStatus::Done:
        return RecordsModel::tr("done");
    case core::RecordStatus::Skipped:
        return RecordsModel::tr("skipped");
    case core::RecordStatus::Failed:
        return RecordsModel::tr("failed");
    }
    return {};
}

} // namespace

RecordsModel::RecordsModel(core::VaultSession& session, EditHistory* history, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_history(history) {
    connect(&m_session, &core::VaultSession::aboutToLock, this, &RecordsModel::clear);
    connect(m_session.events(), &core::ContentEvents::changed, this, &RecordsModel::changed);
}

void RecordsModel::setGoal(const core::Goal& goal) {
    m_goal = goal;
    reload();
}

void RecordsModel::clear() {
    beginResetModel();
    m_goal = core::Goal();
    m_records.clear();
    endResetModel();
}

void RecordsModel::changed(const core::ChangeSet& changes) {
    if (!m_goal.id.isEmpty() && changes.goalsAffected().contains(m_goal.id))
        reload();
}

void RecordsModel::reload() {
    beginResetModel();
    m_records.clear();
    m_problem.clear();
    auto store = m_session.store();
    if (store && !m_goal.id.isEmpty()) {
        core::RecordFilter filter;
        filter.goalId = m_goal.id;
        auto records = (*store)->records(filter);
        if (records) {
            m_records = std::move(*records);
            std::ranges::reverse(m_records); // newest first
        } else {
            m_problem = records.error().message;
        }
    }
    endResetModel();
}

int RecordsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Record& r = m_records.at(index.row());
    const QLocale locale;
    if (role == RecordIdRole)
        return r.id;
    if (role == SortRole) {
        switch (index.column()) {
        case DayColumn:
            return r.day;
        case TimeColumn:
            return r.time ? QVariant(*r.time) : QVariant(QTime(0, 0));
        case ValueColumn:
            return r.value.value_or(-1.0);
        case StatusColumn:
            return static_cast<int>(r.status);
        case NoteColumn:
            return r.note;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case DayColumn:
        return locale.toString(r.day, QLocale::ShortFormat);
    case TimeColumn:
        return r.time ? locale.toString(*r.time, QLocale::ShortFormat) : QString();
    case ValueColumn:
        if (role == Qt::EditRole)
            return r.value ? locale.toString(*r.value) : QString();
        if (!r.value)
            return QString();
        return m_goal.unit.isEmpty() || m_goal.kind == core::GoalKind::Check
                   ? locale.toString(*r.value)
                   : tr("%1 %2").arg(locale.toString(*r.value), m_goal.unit);
    case StatusColumn:
        return statusText(r.status);
    case NoteColumn:
        return role == Qt::EditRole ? r.note : r.note.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case TimeColumn:
        return tr("Time");
    case ValueColumn:
        return tr("Value");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags RecordsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == ValueColumn || index.column() == NoteColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RecordsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    auto store = m_session.store();
    if (!store)
        return false;
    core::Record edited = m_records.at(index.row());
    if (index.column() == ValueColumn) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            edited.value.reset();
        } else {
            bool ok = false;
            double number = QLocale().toDouble(text, &ok);
            if (!ok)
                number = text.toDouble(&ok); // "2.5" in any locale
            if (!ok || !std::isfinite(number)) {
                m_problem = tr("“%1” is not a number.").arg(text);
                Q_EMIT refused(m_problem);
                return false;
            }
            edited.value = number;
        }
    } else if (index.column() == NoteColumn) {
        edited.note = value.toString();
    } else {
        return false;
    }
    const QString beforeRev = edited.headRev;
    auto saved = (*store)->updateRecord(edited);
    if (!saved) {
        m_problem = saved.error().message;
        Q_EMIT refused(m_problem);
        return false;
    }
    if (m_history && saved->headRev != beforeRev)
        m_history->wrote(tr("edit of a record of %1").arg(m_goal.title), saved->id, beforeRev, saved->headRev);
    return true; // the change event reloads the rows
}

bool RecordsModel::removeRow(int row) {
    auto store = m_session.store();
    if (!store || row < 0 || row >= m_records.size())
        return false;
    const core::Record r = m_records.at(row);
    if (auto st = (*store)->remove(r.id); !st) {
        m_problem = st.error().message;
        Q_EMIT refused(m_problem);
        return false;
    }
    auto after = (*store)->record(r.id);
    if (m_history && after)
        m_history->wrote(tr("deletion of a record of %1").arg(m_goal.title), r.id, r.headRev, after->headRev);
    return true;
}

} // namespace selftrack::ui
