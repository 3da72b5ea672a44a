// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vault/IdleLock.h"

#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace selftrack::ui {

IdleLock::IdleLock(core::VaultSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_minutes(session.settings().autoLockMinutes),
      m_lastInput(session.clock()()), m_timer(new QTimer(this)) {
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
    connect(&m_session, &core::VaultSession::unlocked, this, [this] {
        m_lastInput = m_session.clock()();
        m_minutes = m_session.settings().autoLockMinutes;
    });
    connect(&m_session, &core::VaultSession::settingsChanged, this,
            [this](const core::VaultSettings& settings) { m_minutes = settings.autoLockMinutes; });
    m_timer->start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::check() {
    if (m_minutes <= 0 || !m_session.isUnlocked())
        return;
    if (m_lastInput.secsTo(m_session.clock()()) >= static_cast<qint64>(m_minutes) * 60)
        m_session.lock();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lastInput = m_session.clock()();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace selftrack::ui
