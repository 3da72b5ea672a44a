// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

// Locks the session after the vault's auto-lock minutes (VaultSettings::autoLockMinutes, 0 =
// never) without keyboard or mouse input in the application; it follows the setting as it changes.
// Time comes from the session's clock, so tests move it instead of waiting; a timer looks every
// few seconds.
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(core::VaultSession& session, QObject* parent = nullptr);
    ~IdleLock() override;

    // The minutes in force (the unlocked vault's setting).
    int idleMinutes() const { return m_minutes; }
    // Locks now when the idle time has passed (what the timer calls).
    void check();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    core::VaultSession& m_session;
    int m_minutes = 0;
    QDateTime m_lastInput;
    QTimer* m_timer = nullptr;
};

} // namespace selftrack::ui
