// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/history/HistoryDialog.h"
#include "ui/undo/EditHistory.h"

#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace selftrack;
using selftrack::test::saveScreenshots;
using selftrack::test::uiApplication;
using selftrack::test::waitUntil;

TEST_CASE("the history shows each revision's diff and restores an old version as a new revision", "[ui][history]") {
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
    g.title = QStringLiteral("Read");
    g.target = 10;
    g.startDate = QDate(2026, 2, 1);
    auto goal = store.addGoal(g);
    REQUIRE(goal);
    goal->title = QStringLiteral("Read books");
    goal->target = 20;
    goal = store.updateGoal(*goal);
    REQUIRE(goal);

    ui::HistoryDialog* dialog = window.showHistory(goal->id);
    REQUIRE(dialog);
    REQUIRE(dialog->revisionCount() == 2);
    // Newest first: the rename and the new target, with old and new values.
    CHECK(dialog->diffText().contains(QStringLiteral("title")));
    CHECK(dialog->diffText().contains(QStringLiteral("Read → Read books")));
    CHECK(dialog->diffText().contains(QStringLiteral("10 → 20")));
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("restore"))->isEnabled()); // that is now
    // Each revision says when and on which device it was made.
    auto* revisions = dialog->findChild<QListWidget*>();
    REQUIRE(revisions);
    CHECK(revisions->item(0)->text().contains(QStringLiteral("this computer")));
    saveScreenshots(*dialog, QStringLiteral("history"));

    dialog->select(1);
    REQUIRE(dialog->restoreSelected());
    CHECK(store.goal(goal->id)->title == QStringLiteral("Read"));
    CHECK(store.goal(goal->id)->target == 10.0);
    CHECK(dialog->revisionCount() == 3); // append-only
    // The restore is an edit like any other: Ctrl+Z takes it back.
    window.history().stack()->undo();
    CHECK(store.goal(goal->id)->title == QStringLiteral("Read books"));
    dialog->reject();
}
