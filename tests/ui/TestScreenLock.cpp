// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/vault/ScreenLockWatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace selftrack;
using test::uiApplication;
using test::waitUntil;

namespace {

// A D-Bus daemon of the test's own (nothing of the user's session is touched), stopped at the end.
struct PrivateBus {
    QProcess daemon;
    QString address;

    PrivateBus() {
        daemon.start(QStringLiteral("dbus-daemon"),
                     {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        REQUIRE(daemon.waitForStarted());
        REQUIRE(daemon.waitForReadyRead(10000));
        address = QString::fromUtf8(daemon.readLine()).trimmed();
        REQUIRE_FALSE(address.isEmpty());
    }
    ~PrivateBus() {
        daemon.terminate();
        daemon.waitForFinished(5000);
    }

    // Sends the screen saver's ActiveChanged(active) as a desktop would.
    void screenSaver(bool active, const char* path = "/org/freedesktop/ScreenSaver",
                     const char* interface = "org.freedesktop.ScreenSaver") const {
        QDBusConnection sender = QDBusConnection::connectToBus(address, QStringLiteral("test-desktop ") + address);
        REQUIRE(sender.isConnected());
        QDBusMessage signal =
            QDBusMessage::createSignal(QLatin1String(path), QLatin1String(interface), QStringLiteral("ActiveChanged"));
        signal << active;
        REQUIRE(sender.send(signal));
    }
};

} // namespace

TEST_CASE("the screen-lock watcher hears the desktop's screen saver lock the screen", "[ui][vault][screenlock]") {
    uiApplication();
    PrivateBus bus;
    ui::ScreenLockWatcher watcher(bus.address);
    REQUIRE(watcher.isListening());
    int locked = 0;
    QObject::connect(&watcher, &ui::ScreenLockWatcher::screenLocked, [&] { ++locked; });

    bus.screenSaver(true);
    REQUIRE(waitUntil([&] { return locked == 1; }, 10000));
    // GNOME's name for the same signal.
    bus.screenSaver(true, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver");
    REQUIRE(waitUntil([&] { return locked == 2; }, 10000));
    // The screen coming back is no reason to lock; a marker signal after it shows it was handled.
    bus.screenSaver(false);
    bus.screenSaver(true);
    REQUIRE(waitUntil([&] { return locked == 3; }, 10000));
    CHECK(locked == 3);
}

TEST_CASE("the vault locks with the screen unless the settings say otherwise", "[ui][vault][screenlock][settings]") {
    uiApplication();
    PrivateBus bus;
    QTemporaryDir tmp;
    ui::MainWindow::Options options;
    options.directory = tmp.filePath(QStringLiteral("vault"));
    options.kdf = test::cheapKdf();
    options.machineSettings = tmp.filePath(QStringLiteral("machine.ini"));
    options.screenLockBus = bus.address;
    REQUIRE(core::Vault::create(options.directory, test::pass("screen passphrase"), test::cheapKdf()));
    ui::MainWindow window(options);
    window.show();
    REQUIRE(window.screenLock().isListening());
    REQUIRE(window.session().unlock(options.directory, test::pass("screen passphrase")));
    REQUIRE(waitUntil([&] { return window.session().isUnlocked(); }));
    CHECK(window.session().settings().lockOnScreenLock); // on by default

    bus.screenSaver(true);
    REQUIRE(waitUntil([&] { return !window.session().isUnlocked(); }, 10000));
    CHECK(window.currentPage()->objectName() == QStringLiteral("unlockPage"));

    // Turned off in the vault's settings: the screen locks, the vault stays open.
    REQUIRE(window.session().unlock(options.directory, test::pass("screen passphrase")));
    REQUIRE(waitUntil([&] { return window.session().isUnlocked(); }));
    core::VaultSettings settings = window.session().settings();
    settings.lockOnScreenLock = false;
    REQUIRE(window.session().setSettings(settings));
    int heard = 0;
    QObject::connect(&window.screenLock(), &ui::ScreenLockWatcher::screenLocked, [&] { ++heard; });
    bus.screenSaver(true);
    REQUIRE(waitUntil([&] { return heard == 1; }, 10000));
    CHECK(window.session().isUnlocked());
}
