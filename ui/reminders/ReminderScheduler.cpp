// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reminders/ReminderScheduler.h"

#include "core/domain/ContentStore.h"
#include "core/stats/ProgressCache.h"
#include "core/vault/VaultSession.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace selftrack::ui {

ReminderScheduler::ReminderScheduler(core::VaultSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may wake seconds early
    connect(m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
    connect(&m_session, &core::VaultSession::unlocked, this, &ReminderScheduler::check);
    connect(&m_session, &core::VaultSession::aboutToLock, this, &ReminderScheduler::disarm);
    connect(m_session.events(), &core::ContentEvents::changed, this, &ReminderScheduler::check);
}

void ReminderScheduler::setEnabled(bool enabled) {
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        disarm();
        return;
    }
    m_planner.skipUntil(m_session.clock()());
    check();
}

bool ReminderScheduler::isArmed() const {
    return m_timer->isActive();
}

void ReminderScheduler::check() {
    if (!m_enabled || !m_session.isUnlocked()) {
        disarm();
        return;
    }
    auto store = m_session.store();
    auto cache = m_session.progress();
    if (!store || !cache) {
        disarm();
        return;
    }
    const core::ProgressContext context = m_session.progressContext();
    auto goals = (*store)->goals(false);
    // Only the goals with reminders need their figures (a vault without reminders computes none).
    if (goals)
        goals->removeIf([](const core::Goal& goal) { return goal.reminders.isEmpty(); });
    auto figures = goals ? (*cache)->today(*goals, context) : core::Result<QList<core::GoalProgress>>();
    if (!goals || !figures) {
        // Unreadable now: try again later rather than remind on a guess.
        disarm();
        m_timer->start(kMaxWaitMs);
        return;
    }
    QSet<QString> done;
    for (qsizetype i = 0; i < goals->size(); ++i)
        if (figures->at(i).status == core::ProgressStatus::Done)
            done.insert(goals->at(i).id);
    const core::ReminderPlan plan = m_planner.update(*goals, done, context);
    m_next = plan.next;
    qint64 wait = kMaxWaitMs;
    if (m_next)
        wait = std::clamp<qint64>(context.now.msecsTo(m_next->at), 0, kMaxWaitMs);
    m_timer->start(static_cast<int>(wait));
    // Last: a listener may check in or lock, which re-enters check().
    for (const core::DueReminder& reminder : plan.due)
        Q_EMIT reminderDue(reminder.goalId, reminder.title);
}

void ReminderScheduler::disarm() {
    m_timer->stop();
    m_next.reset();
}

} // namespace selftrack::ui
