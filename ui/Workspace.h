// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"

#include <QWidget>

#include <optional>

class QSplitter;
class QStackedWidget;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class EditHistory;
class GoalPage;
class GoalSidebar;
class JournalPage;
class TodayPage;

// What the window shows while the vault is unlocked: the sidebar (Today, Journal, the goals) and
// the view it selects. The view survives a lock: unlocking returns to it.
class Workspace : public QWidget {
    Q_OBJECT
public:
    Workspace(core::VaultSession& session, EditHistory* history, QWidget* parent = nullptr);

    GoalSidebar* sidebar() const { return m_sidebar; }
    TodayPage* today() const { return m_today; }
    GoalPage* goalPage() const { return m_goalPage; }
    JournalPage* journal() const { return m_journal; }
    QWidget* currentView() const;
    void showToday();
    void showJournal();
    bool showGoal(const QString& goalId);
    // The goal the user is looking at: the open goal page's, or the one selected on Today.
    std::optional<core::Goal> currentGoal() const;
    // The item whose history Ctrl+H shows: the current goal, or the journal's open entry.
    QString currentItemId() const;
    // Puts the focus where the current view wants it (after unlock or a switch).
    void activate();

Q_SIGNALS:
    void editRequested(const core::Goal& goal);
    void historyRequested(const QString& itemId);

private:
    core::VaultSession& m_session;
    QSplitter* m_splitter = nullptr;
    GoalSidebar* m_sidebar = nullptr;
    QStackedWidget* m_views = nullptr;
    TodayPage* m_today = nullptr;
    GoalPage* m_goalPage = nullptr;
    JournalPage* m_journal = nullptr;
    QString m_shownGoal; // the goal page's goal, shown again after an unlock
};

} // namespace selftrack::ui
