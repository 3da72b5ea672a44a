// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace selftrack::test {

// The QApplication the widgets need, offscreen unless the environment picks a platform.
inline QApplication& uiApplication() {
    static int argc = 1;
    static char name[] = "ui_tests";
    static char* argv[] = {name, nullptr};
    if (!QApplication::instance() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static auto* app = new QApplication(argc, argv);
    return *app;
}

// Runs the event loop until `done()` holds or `timeoutMs` passes; the timeout only keeps a broken
// test from hanging (not a speed assertion).
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 30000) {
    uiApplication();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

// Saves `widget` as SELFTRACK_SCREENSHOT_DIR/<name>.png.
inline bool saveScreenshot(QWidget& widget, const QString& name) {
    QCoreApplication::processEvents(); // pending layout requests first
    QDir().mkpath(QStringLiteral(SELFTRACK_SCREENSHOT_DIR));
    return widget.grab().save(QDir(QStringLiteral(SELFTRACK_SCREENSHOT_DIR)).filePath(name + QStringLiteral(".png")));
}

} // namespace selftrack::test
