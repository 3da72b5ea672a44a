// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/trash/TrashDialog.h"
#include "ui/undo/EditHistory.h"
#include "ui/widgets/Confirm.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace selftrack;
using selftrack::test::saveScreenshots;
using selftrack::test::uiApplication;
using selftrack::test::waitUntil;

TEST_CASE("the trash restores items and, once confirmed, deletes them for good", "[ui][trash]") {
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
    core::Goal g;
    g.title = QStringLiteral("Old habit");
    g.startDate = QDate(2026, 2, 1);
    auto goal = store.addGoal(g);
    REQUIRE(goal);
    core::Record note;
    note.day = QDate(2026, 2, 20);
    note.note = QStringLiteral("A note to forget");
    auto entry = store.addRecord(note);
    REQUIRE(entry);
    REQUIRE(store.remove(goal->id));
    REQUIRE(store.remove(entry->id));

    ui::TrashDialog* trash = window.showTrash();
    REQUIRE(trash);
    REQUIRE(trash->count() == 2);
    saveScreenshots(*trash, QStringLiteral("trash"));

    // Restore the goal (row of the goal: the list is newest first, both deleted at the same time).
    const int goalRow = store.trash()->at(0).id == goal->id ? 0 : 1;
    trash->select(goalRow);
    REQUIRE(trash->restoreSelected());
    CHECK_FALSE(store.goal(goal->id)->deleted);
    CHECK(trash->count() == 1);
    window.history().stack()->undo(); // back to the trash
    CHECK(store.goal(goal->id)->deleted);
    window.history().stack()->redo();
    CHECK_FALSE(store.goal(goal->id)->deleted);

    // Delete permanently: the question says it cannot be undone; No keeps the item.
    QString asked;
    ui::Confirm::setAnswerForTests([&](const QString& text) {
        asked = text;
        return false;
    });
    trash->select(0);
    CHECK_FALSE(trash->purgeSelected());
    CHECK(asked.contains(QStringLiteral("cannot be undone")));
    CHECK(store.record(entry->id));
    ui::Confirm::setAnswerForTests([](const QString&) { return true; });
    REQUIRE(trash->purgeSelected());
    CHECK_FALSE(store.record(entry->id));
    CHECK(store.history(entry->id).error().code == core::ErrorCode::NotFound);
    CHECK(trash->count() == 0);

    // Empty trash purges everything in it.
    REQUIRE(store.remove(goal->id));
    trash->reject();
    trash = window.showTrash();
    REQUIRE(trash->count() == 1);
    REQUIRE(trash->emptyTrash());
    CHECK_FALSE(store.goal(goal->id));
    ui::Confirm::setAnswerForTests({});
    trash->reject();
}
