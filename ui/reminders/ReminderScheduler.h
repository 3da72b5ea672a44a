// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reminders/ReminderPlanner.h"

#include <QObject>

#include <optional>

class QTimer;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

// Turns goal reminders into reminderDue() at their time (core's ReminderPlanner holds the rules:
// not for goals done today, once a day, missed ones at most 30 minutes late). One timer waits for
// the next reminder; it is re-armed whenever core publishes a change (a check-in cancels the rest
// of that goal's reminders today), on unlock, and after at most kMaxWaitMs, so a clock that jumps
// (sleep, a time change) is noticed soon. Silent while the vault is locked (it cannot read the
// goals) and while disabled (the "reminders on/off" setting). Lives in the GUI thread with the session.
class ReminderScheduler : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxWaitMs = 5 * 60 * 1000;

    explicit ReminderScheduler(core::VaultSession& session, QObject* parent = nullptr);

    // Switching reminders back on does not fire the ones that passed while they were off.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // The reminder the timer waits for; none while locked, disabled or with nothing planned.
    const std::optional<core::DueReminder>& next() const { return m_next; }
    bool isArmed() const;

    // Emits reminderDue() for what is due at the session clock's now and re-arms the timer. What
    // the timer, unlock and every change call.
    void check();

Q_SIGNALS:
    void reminderDue(const QString& goalId, const QString& title);

private:
    void disarm();

    core::VaultSession& m_session;
    QTimer* m_timer = nullptr;
    core::ReminderPlanner m_planner;
    std::optional<core::DueReminder> m_next;
    bool m_enabled = true;
};

} // namespace selftrack::ui
