// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace selftrack::test {

// The QCoreApplication that queued signals need; created once for the whole test binary.
inline QCoreApplication& application() {
    static int argc = 1;
    static char name[] = "core_tests";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app =
        QCoreApplication::instance() ? QCoreApplication::instance() : new QCoreApplication(argc, argv);
    return *app;
}

// Runs the event loop until `sender` emits `signal` or `timeoutMs` passes; true when it was emitted.
// The timeout only keeps a broken test from hanging; it is not a speed assertion.
template <typename Sender, typename Signal> bool waitFor(Sender* sender, Signal signal, int timeoutMs = 30000) {
    application();
    QEventLoop loop;
    bool emitted = false;
    auto connection = QObject::connect(sender, signal, &loop, [&] {
        emitted = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return emitted;
}

} // namespace selftrack::test
