// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/domain/ContentStore.h"
#include "core/stats/GoalDetail.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/charts/GoalCharts.h"
#include "ui/charts/HeatMap.h"
#include "ui/goals/GoalListModel.h"
#include "ui/goals/GoalPage.h"
#include "ui/goals/GoalSidebar.h"
#include "ui/goals/RecordsModel.h"
#include "ui/undo/EditHistory.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace selftrack;
using selftrack::test::saveScreenshots;
using selftrack::test::uiApplication;
using selftrack::test::waitUntil;

namespace {

// A window on an unlocked vault whose clock says 2026-03-01 (a Sunday), with two categorised
// goals and a third without category; "Walk" was done every day of February but the 14th.
struct GoalWindow {
    QTemporaryDir tmp;
    ui::MainWindow::Options options;
    std::unique_ptr<ui::MainWindow> window;
    core::Goal walk;
    core::Goal read;
    core::Goal water;

    GoalWindow() {
        uiApplication();
        options.directory = tmp.filePath(QStringLiteral("vault"));
        options.kdf = test::cheapKdf();
        options.clock = core::fixedClock(QDateTime(QDate(2026, 3, 1), QTime(19, 0), Qt::UTC));
        window = std::make_unique<ui::MainWindow>(options);
        window->resize(1100, 900);
        window->show();
        REQUIRE(window->session().create(options.directory, test::pass("passphrase!"), test::cheapKdf()));
        REQUIRE(waitUntil([&] { return window->session().isUnlocked(); }));
        core::ContentStore& s = store();
        const core::Category health = *s.categoryNamed(QStringLiteral("Health"));
        core::Goal g;
        g.title = QStringLiteral("Walk");
        g.startDate = QDate(2026, 2, 1);
        g.categoryId = health.id;
        g.position = 0;
        walk = *s.addGoal(g);
        g.title = QStringLiteral("Water");
        g.kind = core::GoalKind::Amount;
        g.unit = QStringLiteral("glasses");
        g.target = 8;
        g.position = 1;
        water = *s.addGoal(g);
        g = core::Goal();
        g.title = QStringLiteral("Read");
        g.startDate = QDate(2026, 2, 1);
        g.position = 2;
        read = *s.addGoal(g);
        REQUIRE(s.batch([&]() -> core::Status {
            for (QDate day(2026, 2, 1); day < QDate(2026, 3, 1); day = day.addDays(1)) {
                if (day.day() != 14) {
                    core::Record r;
                    r.goalId = walk.id;
                    r.day = day;
                    r.value = 1;
                    REQUIRE(s.addRecord(r));
                }
                core::Record w;
                w.goalId = water.id;
                w.day = day;
                w.value = day.day() % 9;
                REQUIRE(s.addRecord(w));
            }
            return {};
        }));
    }
    core::ContentStore& store() { return **window->session().store(); }
    ui::Workspace& workspace() { return *window->workspace(); }
    ui::GoalPage& page() { return *workspace().goalPage(); }
};

} // namespace

TEST_CASE("The sidebar lists goals by category with their progress, and opens a goal's page", "[ui][goals]") {
    GoalWindow w;
    ui::GoalListModel* model = w.workspace().sidebar()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 2); // Health, then the goals without a category
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Health"));
    CHECK(model->index(1, 0).data().toString() == QStringLiteral("Other goals"));
    const QModelIndex health = model->index(0, 0);
    REQUIRE(model->rowCount(health) == 2);
    CHECK(model->index(0, 0, health).data().toString() == QStringLiteral("Walk"));
    CHECK(model->index(1, 0, health).data().toString() == QStringLiteral("Water"));
    CHECK(model->index(0, 0, model->index(1, 0)).data().toString() == QStringLiteral("Read"));

    // Archived goals only with the filter.
    core::Goal archived = w.read;
    archived = *w.store().goal(w.read.id);
    archived.archived = true;
    REQUIRE(w.store().updateGoal(archived));
    CHECK(model->rowCount() == 1);
    w.workspace().sidebar()->findChild<QCheckBox*>(QStringLiteral("showArchived"))->setChecked(true);
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, 0, model->index(1, 0)).data().toString() == QStringLiteral("Read (archived)"));

    // Selecting a goal in the tree (keyboard) opens its page; Ctrl+1 goes back to Today.
    QTreeView* tree = w.workspace().sidebar()->tree();
    tree->setFocus();
    tree->setCurrentIndex(model->index(1, 0, health));
    REQUIRE(w.window->currentPage() == &w.page());
    CHECK(w.page().goal()->id == w.water.id);
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK(w.window->currentPage()->objectName() == QStringLiteral("todayPage"));
    // Ctrl+2 opens the journal, the sidebar's Today button goes back.
    QTest::keyClick(w.window.get(), Qt::Key_2, Qt::ControlModifier);
    CHECK(w.window->currentPage()->objectName() == QStringLiteral("journalPage"));
    w.workspace().sidebar()->findChild<QPushButton*>(QStringLiteral("todayButton"))->click();
    CHECK(w.window->currentPage()->objectName() == QStringLiteral("todayPage"));
}

TEST_CASE("Moving a goal in the sidebar reorders it through core, undoable in one step", "[ui][goals]") {
    GoalWindow w;
    ui::GoalListModel* model = w.workspace().sidebar()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTreeView* tree = w.workspace().sidebar()->tree();
    tree->setFocus();
    tree->setCurrentIndex(model->indexOf(w.water.id));
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier); // Water above Walk
    const QModelIndex health = model->index(0, 0);
    CHECK(model->index(0, 0, health).data().toString() == QStringLiteral("Water"));
    CHECK(w.store().goal(w.water.id)->position < w.store().goal(w.walk.id)->position);

    // A drop of Read onto the Health category files it there, at the end.
    QMimeData* data = model->mimeData({model->indexOf(w.read.id)});
    REQUIRE(data);
    REQUIRE(model->dropMimeData(data, Qt::MoveAction, -1, 0, model->index(0, 0)));
    delete data;
    REQUIRE(model->rowCount() == 1);
    CHECK(model->rowCount(model->index(0, 0)) == 3);
    CHECK(model->index(2, 0, model->index(0, 0)).data().toString() == QStringLiteral("Read"));
    CHECK(w.store().goal(w.read.id)->categoryId == w.walk.categoryId);

    // Undo takes back the drop (all its goal revisions), then the move.
    QUndoStack* stack = w.window->history().stack();
    stack->undo();
    CHECK(w.store().goal(w.read.id)->categoryId.isEmpty());
    CHECK(model->rowCount() == 2);
    stack->undo();
    CHECK(w.store().goal(w.walk.id)->position < w.store().goal(w.water.id)->position);
}

TEST_CASE("A goal's page shows its figures, calendar, charts, records and milestones", "[ui][goals]") {
    GoalWindow w;
    REQUIRE(w.workspace().showGoal(w.walk.id));
    ui::GoalPage& page = w.page();
    CHECK(page.findChild<QLabel*>(QStringLiteral("goalTitle"))->text() == QStringLiteral("Walk"));
    // Done every day from the 15th to the 28th: 14 days, the best so far (the 1st to the 13th: 13).
    CHECK(page.findChild<QLabel*>(QStringLiteral("currentStreak"))->text() == QStringLiteral("14"));
    CHECK(page.findChild<QLabel*>(QStringLiteral("bestStreak"))->text() == QStringLiteral("14"));
    CHECK(page.progress().currentStreak == 14);

    // The calendar shows the data; the charts hold the days done per week, the daily strength and
    // the weekday bars.
    REQUIRE(page.detail());
    CHECK(page.detail()->timeline().day(QDate(2026, 2, 14)).state == core::DayState::Unknown);
    CHECK(page.heatMap()->cellRect(QDate(2026, 2, 14)).isValid());
    CHECK_FALSE(page.heatMap()->cellRect(QDate(2026, 3, 2)).isValid()); // tomorrow is not drawn
    CHECK(page.charts()->valuePoints() == 5); // a daily check goal in weeks: Feb 1 .. Mar 1 touches five
    CHECK(page.charts()->scorePoints() == 29);
    const QList<int> weekdays = page.charts()->weekdayCounts();
    REQUIRE(weekdays.size() == 7);
    int total = 0;
    for (int count : weekdays)
        total += count;
    CHECK(total == 27);

    // The records table: newest first, 27 rows.
    CHECK(page.records()->rowCount() == 27);
    QAbstractItemModelTester tester(page.records(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView* table = page.recordsTable();
    CHECK(table->model()->index(0, ui::RecordsModel::DayColumn).data(ui::RecordsModel::SortRole).toDate() ==
          QDate(2026, 2, 28));

    // Click the 14th in the calendar: the day menu opens (not blocking); "Done" checks it in.
    ui::HeatMap* map = page.heatMap();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(QDate(2026, 2, 14)).center());
    CHECK(map->focusDay() == QDate(2026, 2, 14));
    auto* menu = page.findChild<QMenu*>(QStringLiteral("dayMenu"));
    REQUIRE(menu);
    REQUIRE_FALSE(menu->actions().isEmpty());
    menu->actions().first()->trigger();
    menu->close();
    CHECK(page.progress().currentStreak == 28); // Feb 1 .. 28; today is still open
    CHECK(page.findChild<QLabel*>(QStringLiteral("bestStreak"))->text() == QStringLiteral("28"));
    CHECK(page.records()->rowCount() == 28);
    saveScreenshots(*w.window, QStringLiteral("goal-page"));

    // Keyboard on the calendar: Up moves to the day before, Space opens its menu; Clear empties it.
    map->setFocus();
    QTest::keyClick(map, Qt::Key_Up);
    CHECK(map->focusDay() == QDate(2026, 2, 13));
    REQUIRE(page.clearDay(QDate(2026, 2, 13)));
    CHECK(page.records()->rowCount() == 27);
    CHECK(page.progress().currentStreak == 15);
    w.window->history().stack()->undo(); // the day comes back
    CHECK(page.records()->rowCount() == 28);
    CHECK(page.progress().currentStreak == 28);

    // Edit a value in place: core refuses a non-number and nothing changes; a note is saved.
    const QModelIndex note = table->model()->index(0, ui::RecordsModel::NoteColumn);
    REQUIRE(table->model()->setData(note, QStringLiteral("by the lake")));
    const QString id = table->model()->index(0, 0).data(ui::RecordsModel::RecordIdRole).toString();
    CHECK(w.store().record(id)->note == QStringLiteral("by the lake"));
    const QModelIndex value = table->model()->index(0, ui::RecordsModel::ValueColumn);
    CHECK_FALSE(table->model()->setData(value, QStringLiteral("lots")));
    CHECK(w.store().record(id)->value == 1.0);

    // Delete moves the selected record to the trash; undo brings it back.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(w.store().record(id)->deleted);
    CHECK(page.records()->rowCount() == 27);
    w.window->history().stack()->undo();
    CHECK_FALSE(w.store().record(id)->deleted);

    // Milestones: add by Enter, check off (dated today), undo.
    auto* newMilestone = page.findChild<QLineEdit*>(QStringLiteral("newMilestone"));
    newMilestone->setFocus();
    QTest::keyClicks(newMilestone, QStringLiteral("30 days in a row"));
    QTest::keyClick(newMilestone, Qt::Key_Return);
    auto* milestones = page.findChild<QListWidget*>(QStringLiteral("milestones"));
    REQUIRE(milestones->count() == 1);
    milestones->item(0)->setCheckState(Qt::Checked);
    auto stored = w.store().milestones(w.walk.id);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().doneDate == QDate(2026, 3, 1));
    REQUIRE(milestones->item(0)->checkState() == Qt::Checked);
    w.window->history().stack()->undo();
    CHECK_FALSE(w.store().milestones(w.walk.id)->first().doneDate.has_value());
}

TEST_CASE("An amount goal's page, lock and unlock back to it, and a trashed goal leaves it", "[ui][goals]") {
    GoalWindow w;
    REQUIRE(w.workspace().showGoal(w.water.id));
    ui::GoalPage& page = w.page();
    CHECK(page.findChild<QLabel*>(QStringLiteral("goalStatus"))->text().contains(QStringLiteral("glasses")));
    CHECK(page.detail()->timeline().day(QDate(2026, 2, 8)).total == 8);
    REQUIRE(page.checkInOn(QDate(2026, 3, 1), 3.5));
    CHECK(page.progress().periodValue == 3.5);
    saveScreenshots(*w.window, QStringLiteral("goal-page-amount"));

    // Locked: nothing of the goal stays on screen; unlocked: the same goal page again.
    w.window->lock();
    CHECK(page.findChild<QLabel*>(QStringLiteral("goalTitle"))->text().isEmpty());
    CHECK(page.records()->rowCount() == 0);
    REQUIRE(w.window->session().unlock(w.options.directory, test::pass("passphrase!")));
    REQUIRE(waitUntil([&] { return w.window->session().isUnlocked(); }));
    CHECK(w.window->currentPage() == &page);
    CHECK(page.findChild<QLabel*>(QStringLiteral("goalTitle"))->text() == QStringLiteral("Water"));

    // The goal goes to the trash (from anywhere): the window returns to Today.
    REQUIRE(w.store().remove(w.water.id));
    CHECK(w.window->currentPage()->objectName() == QStringLiteral("todayPage"));
}
