// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/progress/GoalProgress.h"

#include <QAbstractItemModel>

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class EditHistory;

// The goals sidebar: categories (those holding a goal, by name; goals without one last) with their
// goals below, in the user's order (Goal::position), each with today's figures from the session's
// ProgressCache. Archived goals only when showArchived(). Dragging a goal onto another (or onto a
// category) moves it there through core (GoalOrder); the model then reloads from the change
// event. Reloads on unlock and on every change; empties itself before the vault locks.
class GoalListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { GoalIdRole = Qt::UserRole + 1, IsCategoryRole, FractionRole, StatusRole, ArchivedRole };

    // Moves are reported to `history` (may be null) as one undo step.
    GoalListModel(core::VaultSession& session, EditHistory* history, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    void reload();
    // The index of a goal (invalid when it is not listed).
    QModelIndex indexOf(const QString& goalId) const;
    // Moves `goalId` before the goal at `row` of category row `categoryRow` (row == count: to the
    // end of that category), filing it under that category; false (problem() says why) when core refuses.
    bool moveGoal(const QString& goalId, int categoryRow, int row);
    QString problem() const { return m_problem; }

private:
    struct Group {
        QString categoryId;
        QString name;
        QList<int> goals; // indexes into m_goals
    };
    void drop();

    core::VaultSession& m_session;
    EditHistory* m_history = nullptr;
    bool m_showArchived = false;
    QList<core::Goal> m_goals;
    QList<core::GoalProgress> m_progress;
    QList<Group> m_groups;
    QString m_problem;
};

} // namespace selftrack::ui
