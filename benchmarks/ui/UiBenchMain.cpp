// SPDX-License-Identifier: GPL-3.0-or-later
// selftrack-ui-bench: what a user of the desktop app waits for, offscreen (QT_QPA_PLATFORM is set
// to offscreen unless chosen): unlock to the first rendered Today view of 200 goals in a vault of
// 200,000 records, opening the page of a goal with ten years of data, scrolling the records table
// and the journal (time per rendered frame), and peak RSS. `--json` prints one JSON object;
// `--quick` divides every size by ten (a smoke run). Not a test: ctest never runs it.
#include "../BenchReport.h"
#include "../BenchTimer.h"
#include "UiVaultBuilder.h"

#include "core/domain/ContentStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/goals/GoalPage.h"
#include "ui/goals/RecordsModel.h"
#include "ui/journal/JournalPage.h"
#include "ui/today/TodayModel.h"
#include "ui/today/TodayPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <functional>

using namespace selftrack;
using bench::BenchReport;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(12, 0), Qt::LocalTime);

long peakRssKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

// Runs the event loop until `done()` (or a minute, for a broken build); returns whether it held.
bool pumpUntil(const std::function<bool()>& done) {
    QElapsedTimer limit;
    limit.start();
    while (!done() && limit.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

double milliseconds(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

struct FrameTimes {
    double median = 0;
    double worst = 0;
    int frames = 0;
};

// Scrolls `view` down a page at a time, rendering each frame synchronously, and times the frames
// (the scroll's own work, lazy fetching included, plus the repaint).
FrameTimes scrollFrames(QAbstractItemView* view, int maxFrames) {
    std::vector<double> times;
    QScrollBar* bar = view->verticalScrollBar();
    bar->setValue(0);
    QCoreApplication::processEvents();
    for (int i = 0; i < maxFrames; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + bar->pageStep());
        QCoreApplication::processEvents(); // fetchMore and layout requests the scroll queued
        view->viewport()->repaint();
        times.push_back(milliseconds(t));
        if (bar->value() >= bar->maximum())
            break;
    }
    std::sort(times.begin(), times.end());
    FrameTimes f;
    f.frames = static_cast<int>(times.size());
    if (!times.empty()) {
        f.median = times[times.size() / 2];
        f.worst = times.back();
    }
    return f;
}

} // namespace

int main(int argc, char** argv) {
    bool json = false;
    int scale = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--json") == 0)
            json = true;
        else if (std::strcmp(argv[i], "--quick") == 0)
            scale = 10;
        else {
            std::fprintf(stderr, "usage: selftrack-ui-bench [--json] [--quick]\n");
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchReport report;
    if (json)
        report.divertText();
    std::printf("selftrack-ui-bench %s (Qt %s, platform %s)\n", SELFTRACK_VERSION, qVersion(),
                qPrintable(QGuiApplication::platformName()));

    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    const core::Argon2Params cheap{1024, 1, 1}; // the KDF is measured by selftrack-bench, not here
    bench::UiVaultBuilder::Built built;
    {
        bench::BenchTimer timer;
        auto vault = core::Vault::create(dir, core::SecureBuffer::fromString("bench passphrase"), cheap);
        if (!vault) {
            std::fprintf(stderr, "creating the vault: %s\n", qPrintable(vault.error().message));
            return 1;
        }
        core::ContentStore store((*vault)->database(), (*vault)->deviceId(), core::fixedClock(kNow));
        built = bench::UiVaultBuilder::build(store, kNow.date(), scale);
        std::printf("vault: %d goals, %d records written in %.1f s\n", built.goals, built.records, timer.seconds());
    }

    ui::MainWindow::Options options;
    options.directory = dir;
    options.kdf = cheap;
    options.clock = core::fixedClock(kNow);
    ui::MainWindow window(options);
    window.resize(1200, 800);
    window.show();
    pumpUntil([&] { return window.isVisible(); });

    // Unlock to Today: from the unlock call (KDF of 1 MiB included, about a millisecond) until
    // Today holds every goal and the window has been rendered once.
    QElapsedTimer unlock;
    unlock.start();
    window.session().unlock(dir, core::SecureBuffer::fromString("bench passphrase"));
    auto todayReady = [&] {
        auto* today = window.workspace() ? window.workspace()->today() : nullptr;
        return window.session().isUnlocked() && today && today->model()->rowCount() == built.goals;
    };
    if (!pumpUntil(todayReady)) {
        std::fprintf(stderr, "Today did not show the goals\n");
        return 1;
    }
    (void)window.grab();
    const double firstMs = milliseconds(unlock);
    // Again after a lock: the usual case, with the day's figures kept in the vault by the first.
    window.lock();
    pumpUntil([&] { return !window.session().isUnlocked(); });
    unlock.restart();
    window.session().unlock(dir, core::SecureBuffer::fromString("bench passphrase"));
    pumpUntil(todayReady);
    (void)window.grab();
    const double todayMs = milliseconds(unlock);
    std::printf("unlock to the first rendered Today view, %d goals in %d records: %.1f ms (target <= 300 ms); the "
                "first unlock of a new vault, every figure computed: %.1f ms\n",
                built.goals, built.records, todayMs, firstMs);
    report.set("unlock_to_today_ms", todayMs);
    report.set("unlock_to_today_first_ms", firstMs);

    // The goal page with ten years of data: the first time, then the median of 9 reopenings
    // (alternating with Today, so each one builds the page again).
    ui::Workspace& workspace = *window.workspace();
    auto openGoal = [&] {
        QElapsedTimer t;
        t.start();
        if (!workspace.showGoal(built.tenYearGoalId)) {
            std::fprintf(stderr, "the goal page did not open\n");
            std::exit(1);
        }
        (void)window.grab();
        return milliseconds(t);
    };
    const double firstGoalMs = openGoal();
    std::vector<double> reopen;
    for (int i = 0; i < 9; ++i) {
        workspace.showToday();
        (void)window.grab();
        reopen.push_back(openGoal());
    }
    std::sort(reopen.begin(), reopen.end());
    const double goalMs = reopen[reopen.size() / 2];
    std::printf("open the page of a goal with %d daily check-ins: first %.1f ms, median %.1f ms (target <= 100 "
                "ms)\n",
                workspace.goalPage()->records()->rowCount(), firstGoalMs, goalMs);
    report.set("goal_page_first_ms", firstGoalMs);
    report.set("goal_page_ms", goalMs);

    const FrameTimes records = scrollFrames(workspace.goalPage()->recordsTable(), 200);
    std::printf("scroll the records table a page at a time: %d frames, median %.2f ms, worst %.2f ms\n", records.frames,
                records.median, records.worst);
    report.set("records_scroll_frame_ms", records.median);
    report.set("records_scroll_worst_ms", records.worst);

    workspace.showJournal();
    auto* journal = workspace.journal()->findChild<QListView*>(QStringLiteral("journalList"));
    pumpUntil([&] { return journal->model() && journal->model()->rowCount() > 0; });
    (void)window.grab();
    const FrameTimes entries = scrollFrames(journal, 400);
    std::printf("scroll the journal a page at a time (pages of 50 fetched as it goes): %d frames, %d rows loaded, "
                "median %.2f ms, worst %.2f ms\n",
                entries.frames, journal->model()->rowCount(), entries.median, entries.worst);
    report.set("journal_scroll_frame_ms", entries.median);
    report.set("journal_scroll_worst_ms", entries.worst);

    const double rssMiB = static_cast<double>(peakRssKiB()) / 1024.0;
    std::printf("peak RSS: %.1f MiB (target <= 150 MiB; includes writing the vault)\n", rssMiB);
    report.set("peak_rss_mib", rssMiB);
    report.print();
    return 0;
}
