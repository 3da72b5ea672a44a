// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vault/ScreenLockWatcher.h"

#ifdef SELFTRACK_HAVE_DBUS
#include <QDBusConnection>
#include <QUuid>

#include <array>
#include <utility>
#endif

namespace selftrack::ui {

ScreenLockWatcher::ScreenLockWatcher(const QString& busAddress, QObject* parent) : QObject(parent) {
#ifdef SELFTRACK_HAVE_DBUS
    QDBusConnection bus =
        busAddress.isEmpty()
            ? QDBusConnection::sessionBus()
            : QDBusConnection::connectToBus(
                  busAddress,
                  QStringLiteral("selftrack-screenlock-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    if (!bus.isConnected())
        return;
    constexpr std::array<std::pair<const char*, const char*>, 2> kScreenSavers{
        {{"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"},
         {"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"}}};
    for (const auto& [path, interface] : kScreenSavers)
        // QtDBus connects a bus signal to a slot by its signature only: the code base's one
        // string-based connection.
        m_listening |= bus.connect(QString(), QLatin1String(path), QLatin1String(interface),
                                   QStringLiteral("ActiveChanged"), this, SLOT(onActiveChanged(bool)));
#else
    Q_UNUSED(busAddress);
#endif
}

void ScreenLockWatcher::onActiveChanged(bool active) {
    if (active)
        Q_EMIT screenLocked();
}

} // namespace selftrack::ui
