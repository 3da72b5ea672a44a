// SPDX-License-Identifier: GPL-3.0-or-later
// selftrack: the desktop app. Wiring only: the window and everything in it live in ui/.
#include "core/vault/Vault.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"
#include "ui/Translations.h"
#include "ui/settings/MachineSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

// --smoke-test: once the window is on screen, prints the object name of the page it opens on
// ("welcomePage" for a folder without a vault) and quits. Exit status 1 if the window icon cannot
// be drawn (the Qt SVG plugins are missing). For checking installed packages; see docs/packaging.md.
void runSmokeTest(const selftrack::ui::MainWindow& window) {
    auto* poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, qApp, [&window, poll] {
        if (!window.windowHandle() || !window.windowHandle()->isExposed())
            return;
        poll->stop();
        std::printf("%s\n", qPrintable(window.currentPage()->objectName()));
        std::fflush(stdout);
        const bool iconDrawn = !QApplication::windowIcon().pixmap(QSize(32, 32)).isNull();
        if (!iconDrawn)
            std::fprintf(stderr, "selftrack: the window icon could not be drawn\n");
        QApplication::exit(iconDrawn ? 0 : 1);
    });
    poll->start();
}

} // namespace

int main(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SelfTrack: private goal, habit and journal tracker"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Displays this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Displays the version."));
    const QCommandLineOption vault(
        QStringLiteral("vault"),
        QStringLiteral("Vault folder (default: $SELFTRACK_VAULT or the standard data folder)."), QStringLiteral("DIR"));
    const QCommandLineOption smokeTest(
        QStringLiteral("smoke-test"),
        QStringLiteral("Shows the window, prints the object name of its first page and exits (checks an install)."));
    parser.addOptions({help, version, vault, smokeTest});
    // Answered before the window system is asked for (they work without a display).
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 1;
    }
    if (parser.isSet(version)) {
        std::printf("selftrack %s\n", SELFTRACK_VERSION);
        return 0;
    }
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SelfTrack"));
    QApplication::setApplicationVersion(QStringLiteral(SELFTRACK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SELFTRACK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/selftrack.svg")));
    // The language chosen in Settings (this computer's), else the system's.
    selftrack::ui::Translations::install(selftrack::ui::MachineSettings().language());

    selftrack::ui::MainWindow::Options options;
    options.directory = parser.isSet(vault) ? parser.value(vault) : selftrack::core::Vault::defaultLocation();
    // A second launch on the same vault brings the first window to the front and ends.
    selftrack::ui::SingleInstance instance(options.directory);
    if (instance.anotherIsRunning())
        return 0;
    selftrack::ui::MainWindow window(options);
    QObject::connect(&instance, &selftrack::ui::SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    window.show();
    if (parser.isSet(smokeTest))
        runSmokeTest(window);
    return QApplication::exec();
}
