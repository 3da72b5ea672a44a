// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/goals/editor/GoalEditor.h"
#include "ui/today/TodayModel.h"
#include "ui/today/TodayPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <catch2/catch.hpp>

using namespace selftrack;
using selftrack::test::saveScreenshots;
using selftrack::test::uiApplication;
using selftrack::test::waitUntil;

namespace {
template <typename T> T* child(QWidget& parent, const char* name) {
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// A window on a new, unlocked vault with a fixed clock.
struct UnlockedWindow {
    QTemporaryDir tmp;
    std::unique_ptr<ui::MainWindow> window;
    UnlockedWindow() {
        uiApplication();
        ui::MainWindow::Options o;
        o.directory = tmp.filePath(QStringLiteral("vault"));
        o.kdf = test::cheapKdf();
        o.clock = core::fixedClock(QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
        window = std::make_unique<ui::MainWindow>(o);
        window->show();
        REQUIRE(window->session().create(o.directory, test::pass("passphrase!"), test::cheapKdf()));
        REQUIRE(waitUntil([&] { return window->session().isUnlocked(); }));
    }
    core::ContentStore& store() { return **window->session().store(); }
    ui::GoalEditor* editor() { return window->findChild<ui::GoalEditor*>(QStringLiteral("goalEditor")); }
};
} // namespace

TEST_CASE("Ctrl+N opens the goal editor; problems show next to their fields until fixed", "[ui][goals][editor]") {
    UnlockedWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
    ui::GoalEditor* editor = w.editor();
    REQUIRE(editor);
    REQUIRE(waitUntil([&] { return editor->isVisible(); }));
    QPushButton* save = editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    REQUIRE(save);

    // A new goal has no title yet: the title says so and Save is off.
    CHECK(editor->problemFields() == QStringList{QStringLiteral("title")});
    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(*editor, "problem_title")->text().contains(QStringLiteral("title")));
    QTest::keyClicks(child<QLineEdit>(*editor, "title"), QStringLiteral("Run"));
    CHECK(editor->problemFields().isEmpty());
    CHECK(save->isEnabled());

    // An amount goal of 5 km per week, due on Mon/Wed/Fri, with a deadline and a reminder.
    auto* kind = child<QComboBox>(*editor, "kind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::GoalKind::Amount)));
    QTest::keyClicks(child<QLineEdit>(*editor, "unit"), QStringLiteral("km"));
    child<QDoubleSpinBox>(*editor, "target")->setValue(5);
    auto* period = child<QComboBox>(*editor, "period");
    period->setCurrentIndex(period->findData(static_cast<int>(core::Period::Week)));
    child<QRadioButton>(*editor, "byWeekdays")->setChecked(true);
    for (const char* day : {"weekday1", "weekday2", "weekday3", "weekday4", "weekday5", "weekday6", "weekday7"})
        child<QCheckBox>(*editor, day)->setChecked(false);
    CHECK(editor->problemFields() == QStringList{QStringLiteral("weekdays")}); // none ticked
    CHECK_FALSE(save->isEnabled());
    for (const char* day : {"weekday1", "weekday3", "weekday5"})
        child<QCheckBox>(*editor, day)->setChecked(true);
    child<QCheckBox>(*editor, "hasDeadline")->setChecked(true);
    child<QDateEdit>(*editor, "deadline")->setDate(QDate(2026, 2, 1)); // before the start
    CHECK(editor->problemFields() == QStringList{QStringLiteral("deadline")});
    CHECK(child<QLabel>(*editor, "problem_deadline")->text().contains(QStringLiteral("before the start")));
    child<QDateEdit>(*editor, "deadline")->setDate(QDate(2026, 6, 30));
    child<QTimeEdit>(*editor, "reminderTime")->setTime(QTime(7, 15));
    QTest::mouseClick(child<QPushButton>(*editor, "addReminder"), Qt::LeftButton);
    child<QComboBox>(*editor, "category")->setEditText(QStringLiteral("Health"));
    REQUIRE(save->isEnabled());
    saveScreenshots(*editor, QStringLiteral("goal-editor"));
    QTest::mouseClick(save, Qt::LeftButton);

    REQUIRE(waitUntil([&] { return w.editor() == nullptr || !w.editor()->isVisible(); }));
    auto goals = w.store().goals();
    REQUIRE(goals);
    REQUIRE(goals->size() == 1);
    const core::Goal& run = goals->first();
    CHECK(run.title == QStringLiteral("Run"));
    CHECK(run.kind == core::GoalKind::Amount);
    CHECK(run.unit == QStringLiteral("km"));
    CHECK(run.target == 5.0);
    CHECK(run.period == core::Period::Week);
    CHECK(run.weekdays == 0x15);
    CHECK(run.startDate == QDate(2026, 3, 1));
    CHECK(run.deadline == QDate(2026, 6, 30));
    REQUIRE(run.reminders.size() == 1);
    CHECK(run.reminders.first().time == QTime(7, 15));
    REQUIRE_FALSE(run.categoryId.isEmpty());
    CHECK(w.store().categories()->first().name == QStringLiteral("Health"));

    // Today shows it at once (core's change event).
    auto* today = qobject_cast<ui::TodayPage*>(w.window->currentPage());
    REQUIRE(today);
    REQUIRE(today->model()->rowCount() == 1);
    // Due Mon/Wed/Fri, and 2026-03-01 is a Sunday.
    CHECK(today->model()->data(today->model()->index(0)).toString().contains(QStringLiteral("not due today")));
}

TEST_CASE("Ctrl+E edits the selected goal; Cancel writes nothing", "[ui][goals][editor]") {
    UnlockedWindow w;
    core::Goal read;
    read.title = QStringLiteral("Read");
    read.startDate = QDate(2026, 1, 1);
    auto added = w.store().addGoal(read);
    REQUIRE(added);
    auto* today = qobject_cast<ui::TodayPage*>(w.window->currentPage());
    REQUIRE(today);
    today->activate();
    REQUIRE(today->currentGoal());

    QTest::keyClick(w.window.get(), Qt::Key_E, Qt::ControlModifier);
    ui::GoalEditor* editor = w.editor();
    REQUIRE(editor);
    CHECK(child<QLineEdit>(*editor, "title")->text() == QStringLiteral("Read"));
    CHECK(child<QDateEdit>(*editor, "start")->date() == QDate(2026, 1, 1));
    child<QLineEdit>(*editor, "title")->setText(QStringLiteral("Read 20 pages"));
    editor->reject();
    CHECK(w.store().goal(added->id)->title == QStringLiteral("Read"));

    QTest::keyClick(w.window.get(), Qt::Key_E, Qt::ControlModifier);
    editor = w.editor();
    REQUIRE(editor);
    child<QLineEdit>(*editor, "title")->setText(QStringLiteral("Read 20 pages"));
    child<QCheckBox>(*editor, "archived")->setChecked(true);
    editor->accept();
    CHECK(w.store().goal(added->id)->title == QStringLiteral("Read 20 pages"));
    CHECK(w.store().goal(added->id)->archived);
    CHECK(w.store().history(added->id)->size() == 2);
    CHECK(today->model()->rowCount() == 0); // archived goals leave Today
}
