// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/goals/editor/GoalEditor.h"
#include "ui/today/TodayModel.h"
#include "ui/today/TodayPage.h"
#include "ui/undo/EditHistory.h"

#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace selftrack;
using selftrack::test::uiApplication;
using selftrack::test::waitUntil;

TEST_CASE("Ctrl+Z and Ctrl+Shift+Z undo and redo edits through new revisions", "[ui][undo]") {
    uiApplication();
    QTemporaryDir tmp;
    ui::MainWindow::Options o;
    o.directory = tmp.filePath(QStringLiteral("vault"));
    o.kdf = test::cheapKdf();
    o.clock = core::fixedClock(QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
    ui::MainWindow window(o);
    window.show();
    REQUIRE(window.session().create(o.directory, test::pass("passphrase!"), test::cheapKdf()));
    REQUIRE(waitUntil([&] { return window.session().isUnlocked(); }));
    core::ContentStore& store = **window.session().store();

    // A goal made in the editor, renamed in the editor, checked in on Today.
    ui::GoalEditor* editor = window.editGoal(std::nullopt);
    REQUIRE(editor);
    editor->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Walk"));
    editor->accept();
    REQUIRE(store.goals()->size() == 1);
    const core::Goal walk = store.goals()->first();
    editor = window.editGoal(walk);
    REQUIRE(editor);
    editor->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Walk 5k"));
    editor->accept();
    auto* today = qobject_cast<ui::TodayPage*>(window.currentPage());
    REQUIRE(today);
    auto* list = today->findChild<QListView*>(QStringLiteral("todayList"));
    list->setFocus();
    list->setCurrentIndex(today->model()->index(0));
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(today->model()->progress(0).status == core::ProgressStatus::Done);
    QUndoStack* stack = window.history().stack();
    REQUIRE(stack->count() == 3);

    // Undo the check-in: the record goes to the trash (a tombstone), Today is open again.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(today->model()->progress(0).status == core::ProgressStatus::OnTrack);
    core::RecordFilter trashed;
    trashed.onlyDeleted = true;
    CHECK(store.records(trashed)->size() == 1);
    // Undo the rename: a revert to the revision before, so the history grows.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(store.goal(walk.id)->title == QStringLiteral("Walk"));
    CHECK(store.history(walk.id)->size() == 3);
    // Redo both.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(store.goal(walk.id)->title == QStringLiteral("Walk 5k"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(today->model()->progress(0).status == core::ProgressStatus::Done);
    CHECK(store.records(trashed)->isEmpty());
    // Undo the creation too: the goal goes to the trash.
    for (int i = 0; i < 3; ++i)
        stack->undo();
    CHECK(store.goal(walk.id)->deleted);
    CHECK(today->model()->rowCount() == 0);

    // Locking forgets the stack (nothing of the vault stays in memory).
    window.lock();
    CHECK(stack->count() == 0);
}
