// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/Theme.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
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
    // Whatever a test leaves in QSettings goes to a throwaway folder, never the user's settings.
    static QTemporaryDir settings;
    static const bool redirected = [] {
        for (auto format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, settings.path());
        return true;
    }();
    Q_UNUSED(redirected);
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

// Saves `widget` in the light palette as <name>.png and in the dark one as <name>-dark.png (the
// whole application switches, as the settings do), then restores the appearance it found.
inline bool saveScreenshots(QWidget& widget, const QString& name) {
    const ui::Theme::Appearance before = ui::Theme::current();
    ui::Theme::apply(ui::Theme::Appearance::Light);
    bool saved = saveScreenshot(widget, name);
    ui::Theme::apply(ui::Theme::Appearance::Dark);
    saved = saveScreenshot(widget, name + QStringLiteral("-dark")) && saved;
    ui::Theme::apply(before);
    return saved;
}

} // namespace selftrack::test
