// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/goals/GoalListModel.h"

#include "core/domain/ContentStore.h"
#include "core/domain/GoalOrder.h"
#include "core/stats/ProgressCache.h"
#include "core/vault/VaultSession.h"
#include "ui/today/TodayModel.h"
#include "ui/undo/EditHistory.h"

#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>

namespace selftrack::ui {

namespace {

constexpr quintptr kCategoryId = 0; // internalId of category rows; goal rows hold category row + 1
const QString kMimeType = QStringLiteral("application/x-selftrack-goal-id");

} // namespace

GoalListModel::GoalListModel(core::VaultSession& session, EditHistory* history, QObject* parent)
    : QAbstractItemModel(parent), m_session(session), m_history(history) {
    connect(&m_session, &core::VaultSession::unlocked, this, &GoalListModel::reload);
    connect(&m_session, &core::VaultSession::aboutToLock, this, &GoalListModel::drop);
    connect(m_session.events(), &core::ContentEvents::changed, this, &GoalListModel::reload);
    connect(&m_session, &core::VaultSession::settingsChanged, this, &GoalListModel::reload); // week start
    if (m_session.isUnlocked())
        reload();
}

QModelIndex GoalListModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCategoryId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex GoalListModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kCategoryId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kCategoryId);
}

int GoalListModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() == kCategoryId && parent.column() == 0)
        return static_cast<int>(m_groups.at(parent.row()).goals.size());
    return 0;
}

int GoalListModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant GoalListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kCategoryId) {
        const Group& group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return group.name;
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case IsCategoryRole:
            return true;
        default:
            return {};
        }
    }
    const int goalIndex = m_groups.at(static_cast<int>(index.internalId() - 1)).goals.at(index.row());
    const core::Goal& goal = m_goals.at(goalIndex);
    const core::GoalProgress& progress = m_progress.at(goalIndex);
    switch (role) {
    case Qt::DisplayRole:
        return goal.archived ? tr("%1 (archived)").arg(goal.title) : goal.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2, %3% of the period's target, streak %4")
            .arg(goal.title, TodayModel::statusText(progress.status))
            .arg(qRound(progress.fraction * 100))
            .arg(progress.currentStreak);
    case GoalIdRole:
        return goal.id;
    case IsCategoryRole:
        return false;
    case FractionRole:
        return progress.fraction;
    case StatusRole:
        return static_cast<int>(progress.status);
    case ArchivedRole:
        return goal.archived;
    default:
        return {};
    }
}

Qt::ItemFlags GoalListModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kCategoryId)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled |
           Qt::ItemNeverHasChildren;
}

Qt::DropActions GoalListModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList GoalListModel::mimeTypes() const {
    return {kMimeType};
}

QMimeData* GoalListModel::mimeData(const QModelIndexList& indexes) const {
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && index.internalId() != kCategoryId) {
            auto* data = new QMimeData;
            data->setData(kMimeType, index.data(GoalIdRole).toString().toUtf8());
            return data;
        }
    }
    return nullptr;
}

bool GoalListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                    const QModelIndex& parent) const {
    return data && data->hasFormat(kMimeType) && action == Qt::MoveAction && parent.isValid();
}

bool GoalListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString goalId = QString::fromUtf8(data->data(kMimeType));
    // Dropped onto a goal: before it, in its category. Onto a category: at `row`, or its end.
    if (parent.internalId() != kCategoryId)
        return moveGoal(goalId, parent.parent().row(), parent.row());
    const int count = rowCount(parent);
    return moveGoal(goalId, parent.row(), row < 0 || row > count ? count : row);
}

bool GoalListModel::moveGoal(const QString& goalId, int categoryRow, int row) {
    auto store = m_session.store();
    if (!store || categoryRow < 0 || categoryRow >= m_groups.size())
        return false;
    const Group& group = m_groups.at(categoryRow);
    QString beforeId;
    if (row >= 0 && row < group.goals.size())
        beforeId = m_goals.at(group.goals.at(row)).id;
    // else the end of the whole list, which is the end of this category too
    if (beforeId == goalId)
        return true;
    auto moved = core::GoalOrder::move(**store, goalId, beforeId, group.categoryId);
    if (!moved) {
        m_problem = moved.error().message;
        return false;
    }
    if (m_history && !moved->isEmpty()) {
        const core::GoalOrder::Moved* self = nullptr;
        for (const core::GoalOrder::Moved& m : *moved)
            if (m.after.id == goalId)
                self = &m;
        m_history->stack()->beginMacro(tr("move of %1").arg(self ? self->after.title : tr("a goal")));
        for (const core::GoalOrder::Moved& m : *moved)
            m_history->wrote(tr("move of %1").arg(m.after.title), m.after.id, m.before.headRev, m.after.headRev);
        m_history->stack()->endMacro();
    }
    return true;
}

void GoalListModel::setShowArchived(bool show) {
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
}

QModelIndex GoalListModel::indexOf(const QString& goalId) const {
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups.at(g).goals.size(); ++r)
            if (m_goals.at(m_groups.at(g).goals.at(r)).id == goalId)
                return index(r, 0, index(g, 0));
    return {};
}

void GoalListModel::reload() {
    beginResetModel();
    m_goals.clear();
    m_progress.clear();
    m_groups.clear();
    m_problem.clear();
    auto store = m_session.store();
    auto cache = m_session.progress();
    if (!store || !cache) {
        endResetModel();
        return;
    }
    auto goals = (*store)->goals(m_showArchived);
    auto categories = (*store)->categories();
    auto figures =
        goals ? (*cache)->today(*goals, m_session.progressContext()) : core::Result<QList<core::GoalProgress>>();
    if (!goals || !categories || !figures) {
        m_problem = !goals ? goals.error().message : !categories ? categories.error().message : figures.error().message;
        endResetModel();
        return;
    }
    m_goals = std::move(*goals);
    m_progress = std::move(*figures);
    QList<core::Category> sorted = *categories;
    std::ranges::sort(sorted, [](const core::Category& a, const core::Category& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const core::Category& category : sorted)
        m_groups.append(Group{category.id, category.name, {}});
    Group none{QString(), sorted.isEmpty() ? tr("Goals") : tr("Other goals"), {}};
    for (int i = 0; i < m_goals.size(); ++i) {
        auto group = std::ranges::find(m_groups, m_goals.at(i).categoryId, &Group::categoryId);
        (group == m_groups.end() ? none : *group).goals.append(i);
    }
    m_groups.removeIf([](const Group& g) { return g.goals.isEmpty(); });
    if (!none.goals.isEmpty())
        m_groups.append(none);
    endResetModel();
}

void GoalListModel::drop() {
    beginResetModel();
    m_goals.clear();
    m_progress.clear();
    m_groups.clear();
    endResetModel();
}

} // namespace selftrack::ui
