// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Workspace.h"

#include "core/vault/VaultSession.h"
#include "ui/goals/GoalPage.h"
#include "ui/goals/GoalSidebar.h"
#include "ui/journal/JournalPage.h"
#include "ui/today/TodayPage.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>

namespace selftrack::ui {

Workspace::Workspace(core::VaultSession& session, EditHistory* history, QWidget* parent)
    : QWidget(parent), m_session(session) {
    setObjectName(QStringLiteral("workspace"));
    m_sidebar = new GoalSidebar(session, history, this);
    m_views = new QStackedWidget(this);
    m_today = new TodayPage(session, history, m_views);
    m_goalPage = new GoalPage(session, history, m_views);
    m_journal = new JournalPage(session, history, m_views);
    m_views->addWidget(m_today);
    m_views->addWidget(m_goalPage);
    m_views->addWidget(m_journal);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 680});
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_sidebar->setCurrent(QStringLiteral("today"));

    connect(m_sidebar, &GoalSidebar::todayRequested, this, &Workspace::showToday);
    connect(m_sidebar, &GoalSidebar::journalRequested, this, &Workspace::showJournal);
    connect(m_sidebar, &GoalSidebar::goalRequested, this, &Workspace::showGoal);
    connect(m_goalPage, &GoalPage::editRequested, this, &Workspace::editRequested);
    connect(m_goalPage, &GoalPage::historyRequested, this, &Workspace::historyRequested);
    connect(m_goalPage, &GoalPage::goalGone, this, &Workspace::showToday);
    // Back to the same goal after an unlock (the page dropped it when the vault locked).
    connect(&m_session, &core::VaultSession::unlocked, this, [this] {
        if (m_views->currentWidget() == m_goalPage && !m_goalPage->showGoal(m_shownGoal))
            showToday();
    });
}

QWidget* Workspace::currentView() const {
    return m_views->currentWidget();
}

void Workspace::showToday() {
    m_views->setCurrentWidget(m_today);
    m_sidebar->setCurrent(QStringLiteral("today"));
    m_shownGoal.clear();
    m_today->activate();
}

void Workspace::showJournal() {
    m_views->setCurrentWidget(m_journal);
    m_sidebar->setCurrent(QStringLiteral("journal"));
    m_shownGoal.clear();
    m_journal->activate();
}

bool Workspace::showGoal(const QString& goalId) {
    if (!m_goalPage->showGoal(goalId))
        return false;
    m_views->setCurrentWidget(m_goalPage);
    m_shownGoal = goalId;
    m_sidebar->setCurrent(goalId);
    return true;
}

std::optional<core::Goal> Workspace::currentGoal() const {
    if (m_views->currentWidget() == m_goalPage)
        return m_goalPage->goal();
    if (m_views->currentWidget() == m_today)
        return m_today->currentGoal();
    return std::nullopt;
}

QString Workspace::currentItemId() const {
    if (m_views->currentWidget() == m_journal)
        return m_journal->currentItemId();
    const auto goal = currentGoal();
    return goal ? goal->id : QString();
}

void Workspace::activate() {
    if (m_views->currentWidget() == m_today)
        m_today->activate();
    else if (m_views->currentWidget() == m_journal)
        m_journal->activate();
}

} // namespace selftrack::ui
