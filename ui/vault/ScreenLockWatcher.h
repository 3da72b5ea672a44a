// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace selftrack::ui {

// Tells when the desktop locks its screen, so the vault can lock with it. Where Qt has D-Bus
// (Linux and the BSDs) it listens on the session bus for the screen saver's ActiveChanged(bool)
// signal, which KDE, Xfce, LXQt and others send as org.freedesktop.ScreenSaver and GNOME as
// org.gnome.ScreenSaver. Elsewhere, or without a session bus, it never fires (Windows' session
// notifications and macOS' screen-lock notification are not wired yet); isListening() says which.
// GUI thread.
class ScreenLockWatcher : public QObject {
    Q_OBJECT
public:
    // `busAddress`: the D-Bus to listen on; empty = the session bus.
    explicit ScreenLockWatcher(const QString& busAddress = QString(), QObject* parent = nullptr);

    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void screenLocked();

private Q_SLOTS:
    void onActiveChanged(bool active);

private:
    bool m_listening = false;
};

} // namespace selftrack::ui
