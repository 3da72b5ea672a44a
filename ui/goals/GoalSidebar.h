// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTreeView;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class EditHistory;
class GoalListModel;

// The window's left column: Today and Journal, then the goals by category with their progress
// (drag a goal to reorder it or file it under another category; Alt+Up / Alt+Down move the
// selected one), and the archived filter. Selecting a goal opens its page.
class GoalSidebar : public QWidget {
    Q_OBJECT
public:
    GoalSidebar(core::VaultSession& session, EditHistory* history, QWidget* parent = nullptr);

    GoalListModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    // Marks which entry is shown: "today", "journal" or a goal id (selected in the tree).
    void setCurrent(const QString& view);
    // The goal selected in the tree, empty when none.
    QString selectedGoal() const;

Q_SIGNALS:
    void todayRequested();
    void journalRequested();
    void goalRequested(const QString& goalId);

private:
    void moveSelected(int delta);
    void reselect();

    GoalListModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QPushButton* m_today = nullptr;
    QPushButton* m_journal = nullptr;
    QCheckBox* m_archived = nullptr;
    QString m_current;
};

} // namespace selftrack::ui
