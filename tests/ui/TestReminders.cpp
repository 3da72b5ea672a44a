// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/journal/JournalPage.h"
#include "ui/reminders/ReminderScheduler.h"
#include "ui/today/TodayPage.h"
#include "ui/tray/TrayIcon.h"
#include "ui/undo/EditHistory.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>

using namespace selftrack;
using selftrack::test::uiApplication;
using selftrack::test::waitUntil;

namespace {

const QDate kDay(2026, 3, 3);

// A window on a new vault whose clock the test moves (local time of the machine's zone).
struct ReminderFixture {
    QTemporaryDir tmp;
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(QDateTime(kDay, QTime(8, 0)));
    std::unique_ptr<ui::MainWindow> window;
    QString dir = tmp.filePath(QStringLiteral("vault"));

    ReminderFixture() {
        uiApplication();
        ui::MainWindow::Options o;
        o.directory = dir;
        o.kdf = test::cheapKdf();
        o.clock = [now = now] { return now->toUTC(); };
        window = std::make_unique<ui::MainWindow>(o);
        window->show();
        REQUIRE(window->session().create(dir, test::pass("passphrase!"), test::cheapKdf()));
        REQUIRE(waitUntil([&] { return window->session().isUnlocked(); }));
    }
    core::ContentStore& store() { return **window->session().store(); }
    void setTime(int hour, int minute) { *now = QDateTime(kDay, QTime(hour, minute)); }

    core::Goal addGoal(const QString& title, std::optional<QTime> reminder,
                       core::GoalKind kind = core::GoalKind::Check) {
        core::Goal goal;
        goal.title = title;
        goal.kind = kind;
        goal.startDate = kDay.addDays(-10);
        if (kind == core::GoalKind::Amount) {
            goal.unit = QStringLiteral("glasses");
            goal.target = 8;
        }
        if (reminder)
            goal.reminders = {core::Reminder{*reminder, 0x7f}};
        auto added = store().addGoal(goal);
        REQUIRE(added);
        return *added;
    }
    bool checkIn(const core::Goal& goal) {
        core::Record record;
        record.goalId = goal.id;
        record.day = kDay;
        record.time = now->time();
        return store().checkIn(record).has_value();
    }
};

QList<QAction*> checkInActions(QMenu* menu) {
    QList<QAction*> out;
    for (QAction* action : menu->actions())
        if (action->objectName() == QStringLiteral("trayCheckIn"))
            out.append(action);
    return out;
}

QAction* action(QMenu* menu, const QString& name) {
    for (QAction* a : menu->actions())
        if (a->objectName() == name)
            return a;
    FAIL("no menu entry " << name.toStdString());
    return nullptr;
}

QStringList texts(QMenu* menu) {
    QStringList out;
    for (QAction* action : menu->actions())
        out.append(action->text());
    return out;
}

void screenshot(QMenu* menu, const QString& name) {
    menu->popup(QPoint(20, 20));
    REQUIRE(waitUntil([&] { return menu->isVisible(); }));
    CHECK(test::saveScreenshot(*menu, name));
    menu->hide();
}

} // namespace

TEST_CASE("reminders fire only for goals not done today", "[ui][reminders]") {
    ReminderFixture f;
    ui::ReminderScheduler& reminders = f.window->reminders();
    QSignalSpy due(&reminders, &ui::ReminderScheduler::reminderDue);
    const core::Goal stretch = f.addGoal(QStringLiteral("Stretch"), QTime(9, 0));
    const core::Goal read = f.addGoal(QStringLiteral("Read"), QTime(9, 10));
    // Adding the goals re-planned: the timer waits for the first reminder.
    REQUIRE(reminders.next());
    CHECK(reminders.next()->goalId == stretch.id);
    CHECK(reminders.isArmed());

    // Checking in Stretch cancels its reminder today: Read's is next.
    REQUIRE(f.checkIn(stretch));
    REQUIRE(reminders.next());
    CHECK(reminders.next()->goalId == read.id);
    CHECK(reminders.next()->day == kDay);

    // The clock passes both times (the timer would fire; the test calls what it calls).
    f.setTime(9, 20);
    reminders.check();
    REQUIRE(due.size() == 1);
    CHECK(due.at(0).at(0).toString() == read.id);
    CHECK(due.at(0).at(1).toString() == QStringLiteral("Read"));
    // Not again the same day; tomorrow's Stretch is next.
    f.setTime(9, 25);
    reminders.check();
    CHECK(due.size() == 1);
    REQUIRE(reminders.next());
    CHECK(reminders.next()->day == kDay.addDays(1));
    CHECK(reminders.next()->goalId == stretch.id);
}

TEST_CASE("nothing fires while the vault is locked or reminders are off", "[ui][reminders]") {
    ReminderFixture f;
    ui::ReminderScheduler& reminders = f.window->reminders();
    QSignalSpy due(&reminders, &ui::ReminderScheduler::reminderDue);
    f.addGoal(QStringLiteral("Stretch"), QTime(9, 0));
    f.addGoal(QStringLiteral("Read"), QTime(10, 0));
    REQUIRE(reminders.isArmed());

    f.window->lock();
    CHECK_FALSE(reminders.isArmed());
    CHECK_FALSE(reminders.next());
    f.setTime(9, 5);
    reminders.check();
    CHECK(due.isEmpty());

    // Unlocked five minutes late: the missed reminder fires once, now that titles may show.
    REQUIRE(f.window->session().unlock(f.dir, test::pass("passphrase!")));
    REQUIRE(waitUntil([&] { return f.window->session().isUnlocked(); }));
    REQUIRE(due.size() == 1);
    CHECK(due.at(0).at(1).toString() == QStringLiteral("Stretch"));

    // Switched off (the setting), the 10:00 reminder passes silently and stays skipped when on again.
    reminders.setEnabled(false);
    CHECK_FALSE(reminders.isArmed());
    f.setTime(10, 5);
    reminders.check();
    reminders.setEnabled(true);
    CHECK(due.size() == 1);
    CHECK(reminders.isArmed());
    REQUIRE(reminders.next());
    CHECK(reminders.next()->day == kDay.addDays(1));
}

TEST_CASE("the tray menu checks in a goal through core and hides titles while locked", "[ui][reminders][tray]") {
    ReminderFixture f;
    ui::TrayIcon& tray = f.window->tray();
    const core::Goal stretch = f.addGoal(QStringLiteral("Stretch"), QTime(9, 0));
    const core::Goal water = f.addGoal(QStringLiteral("Water"), std::nullopt, core::GoalKind::Amount);
    const core::Goal walk = f.addGoal(QStringLiteral("Walk"), std::nullopt);
    REQUIRE(f.checkIn(walk));
    f.window->workspace()->showJournal();

    tray.refresh();
    QMenu* menu = tray.menu();
    QList<QAction*> entries = checkInActions(menu);
    REQUIRE(entries.size() == 2); // Walk is done today
    CHECK(entries.at(0)->text() == QStringLiteral("Stretch"));
    CHECK(entries.at(1)->text() == QStringLiteral("Water..."));
    CHECK(tray.toolTip().contains(QStringLiteral("2 to do today")));
    screenshot(menu, QStringLiteral("tray-menu"));

    // Quick check-in of a check goal: a done record today, undoable; the menu no longer offers it.
    entries = checkInActions(menu); // opening the menu rebuilt it
    REQUIRE(entries.size() == 2);
    entries.at(0)->trigger();
    core::RecordFilter filter;
    filter.goalId = stretch.id;
    auto records = f.store().records(filter);
    REQUIRE(records);
    REQUIRE(records->size() == 1);
    CHECK(records->first().day == kDay);
    CHECK(records->first().value == 1.0);
    CHECK(records->first().status == core::RecordStatus::Done);
    CHECK(f.window->history().stack()->count() == 1);
    tray.refresh();
    entries = checkInActions(tray.menu());
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0)->data().toString() == water.id);

    // An amount goal needs a number: its entry opens the window on Today and writes nothing.
    entries.at(0)->trigger();
    CHECK(qobject_cast<ui::TodayPage*>(f.window->currentPage()));
    filter.goalId = water.id;
    CHECK(f.store().records(filter)->isEmpty());

    // Show/Hide window, then Lock, from the menu.
    tray.refresh();
    action(tray.menu(), QStringLiteral("trayWindow"))->trigger();
    CHECK_FALSE(f.window->isVisible());
    tray.refresh();
    CHECK(action(tray.menu(), QStringLiteral("trayWindow"))->text() == QStringLiteral("&Show window"));
    action(tray.menu(), QStringLiteral("trayWindow"))->trigger();
    CHECK(f.window->isVisible());
    action(tray.menu(), QStringLiteral("trayLock"))->trigger();
    CHECK_FALSE(f.window->session().isUnlocked());

    // Locked: no goal title anywhere in the menu or the tooltip; one generic entry.
    const QStringList locked = texts(tray.menu());
    for (const QString& title : {QStringLiteral("Stretch"), QStringLiteral("Water"), QStringLiteral("Walk")}) {
        CHECK_FALSE(locked.join(QLatin1Char('|')).contains(title));
        CHECK_FALSE(tray.toolTip().contains(title));
    }
    CHECK(locked.contains(QStringLiteral("SelfTrack is locked")));
    CHECK(checkInActions(tray.menu()).isEmpty());
    screenshot(tray.menu(), QStringLiteral("tray-menu-locked"));
    // The menu opening while locked (aboutToShow) reads nothing either.
    tray.refresh();
    CHECK(checkInActions(tray.menu()).isEmpty());
}
