// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTestItems.h"
#include "core/domain/Category.h"
#include "core/domain/Goal.h"
#include "core/domain/Milestone.h"
#include "core/domain/Record.h"
#include "core/history/RevisionSummary.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::makeCategory;
using selftrack::test::makeMilestone;

namespace {

template <typename Item> Revision revision(ItemType type, const Item& item, bool deleted = false) {
    Revision r;
    r.itemType = type;
    r.itemId = item.id;
    r.deleted = deleted;
    r.content = item.toJson();
    return r;
}

std::string describe(const Revision& r, const Revision* parent, const SummaryContext& context = {}) {
    return RevisionSummary::describe(r, parent, context).toStdString();
}

Goal goal() {
    Goal g;
    g.id = QStringLiteral("g1");
    g.title = QStringLiteral("Run 5k");
    g.startDate = QDate(2026, 1, 1);
    return g;
}

Record checkIn(std::optional<double> value = 1.0, RecordStatus status = RecordStatus::Done) {
    Record r;
    r.id = QStringLiteral("r1");
    r.goalId = QStringLiteral("g1");
    r.day = QDate(2026, 2, 1);
    r.value = value;
    r.status = status;
    return r;
}

} // namespace

TEST_CASE("first revisions say what was created", "[core][history][summary]") {
    CHECK(describe(revision(ItemType::Goal, goal()), nullptr) == "Created goal \"Run 5k\"");
    Milestone m = makeMilestone(QStringLiteral("5 km"), std::nullopt, std::nullopt, 0);
    CHECK(describe(revision(ItemType::Milestone, m), nullptr) == "Created milestone \"5 km\"");
    Category c = makeCategory(QStringLiteral("Health"), QString(), 0);
    CHECK(describe(revision(ItemType::Category, c), nullptr) == "Created category \"Health\"");
    CHECK(describe(revision(ItemType::Goal, goal(), true), nullptr) == "Created goal \"Run 5k\" (in the trash)");
    Goal longTitle = goal();
    longTitle.title = QString(100, QLatin1Char('t'));
    CHECK(describe(revision(ItemType::Goal, longTitle), nullptr) == "Created goal \"" + std::string(57, 't') + "...\"");
}

TEST_CASE("first revisions of records say what was logged", "[core][history][summary]") {
    const SummaryContext minutes{GoalKind::Amount, QStringLiteral("min")};
    const SummaryContext check{GoalKind::Check, QString()};
    CHECK(describe(revision(ItemType::Record, checkIn(5.0)), nullptr, minutes) == "Logged 5 min on 2026-02-01");
    CHECK(describe(revision(ItemType::Record, checkIn(2.5)), nullptr) == "Logged 2.5 on 2026-02-01");
    CHECK(describe(revision(ItemType::Record, checkIn(1.0)), nullptr, check) == "Checked in on 2026-02-01");
    CHECK(describe(revision(ItemType::Record, checkIn(std::nullopt, RecordStatus::Skipped)), nullptr, check) ==
          "Logged a skip on 2026-02-01");
    CHECK(describe(revision(ItemType::Record, checkIn(std::nullopt, RecordStatus::Failed)), nullptr) ==
          "Logged a failure on 2026-02-01");
    Record note = checkIn(std::nullopt);
    note.note = QStringLiteral("knee hurts");
    CHECK(describe(revision(ItemType::Record, note), nullptr) == "Wrote a note on 2026-02-01");
    note.goalId.clear();
    CHECK(describe(revision(ItemType::Record, note), nullptr) == "Wrote a journal entry on 2026-02-01");
}

TEST_CASE("later revisions name the changed fields", "[core][history][summary]") {
    const Revision first = revision(ItemType::Goal, goal());
    Goal g = goal();
    g.title = QStringLiteral("Run 10k");
    g.target = 2;
    g.updatedAt = QStringLiteral("2026-02-02T10:00:00.000Z");
    CHECK(describe(revision(ItemType::Goal, g), &first) == "Renamed to \"Run 10k\"; changed target");
    Goal targetOnly = goal();
    targetOnly.target = 2;
    targetOnly.period = Period::Week;
    CHECK(describe(revision(ItemType::Goal, targetOnly), &first) == "Changed target, period");
    Goal freq = goal();
    freq.freqNum = 3;
    freq.freqDen = 7;
    freq.deadline = QDate(2026, 12, 31);
    freq.categoryId = QStringLiteral("c1");
    CHECK(describe(revision(ItemType::Goal, freq), &first) == "Changed frequency, deadline, category");
    Goal timestampOnly = goal();
    timestampOnly.updatedAt = QStringLiteral("2026-02-03T10:00:00.000Z");
    CHECK(describe(revision(ItemType::Goal, timestampOnly), &first) == "No changes");
}

TEST_CASE("trash, restore, archive and notes have sentences of their own", "[core][history][summary]") {
    const Revision live = revision(ItemType::Goal, goal());
    const Revision trashed = revision(ItemType::Goal, goal(), true);
    CHECK(describe(trashed, &live) == "Moved to the trash");
    CHECK(describe(live, &trashed) == "Restored from the trash");
    Goal renamed = goal();
    renamed.title = QStringLiteral("Walk");
    CHECK(describe(revision(ItemType::Goal, renamed, true), &live) == "Moved to the trash; renamed to \"Walk\"");

    Goal archived = goal();
    archived.archived = true;
    const Revision archivedRev = revision(ItemType::Goal, archived);
    CHECK(describe(archivedRev, &live) == "Archived");
    CHECK(describe(live, &archivedRev) == "Unarchived");

    Goal notes = goal();
    notes.notes = QStringLiteral("couch to 5k plan");
    const Revision notesRev = revision(ItemType::Goal, notes);
    CHECK(describe(notesRev, &live) == "Added notes");
    CHECK(describe(live, &notesRev) == "Removed the notes");
    notes.notes += QStringLiteral("\nweek 2");
    notes.target = 3;
    CHECK(describe(revision(ItemType::Goal, notes), &notesRev) == "Edited the notes; changed target");
}

TEST_CASE("record and milestone edits", "[core][history][summary]") {
    Record r = checkIn(5.0);
    r.note = QStringLiteral("easy");
    const Revision first = revision(ItemType::Record, r);
    Record edited = r;
    edited.note = QStringLiteral("easy, then hard");
    CHECK(describe(revision(ItemType::Record, edited), &first) == "Edited the note");
    edited.tags = {QStringLiteral("travel")};
    edited.value = 6.0;
    CHECK(describe(revision(ItemType::Record, edited), &first) == "Edited the note; changed value, tags");
    Record cleared = r;
    cleared.note.clear();
    CHECK(describe(revision(ItemType::Record, cleared), &first) == "Removed the note");
    Record moved = r;
    moved.day = QDate(2026, 2, 2);
    moved.goalId = QStringLiteral("g2");
    moved.mood = 3;
    CHECK(describe(revision(ItemType::Record, moved), &first) == "Changed goal, day, mood");
    CHECK(describe(revision(ItemType::Record, r, true), &first) == "Moved to the trash");

    Milestone m = makeMilestone(QStringLiteral("5 km"), std::nullopt, std::nullopt, 0);
    const Revision open = revision(ItemType::Milestone, m);
    Milestone done = m;
    done.doneDate = QDate(2026, 3, 1);
    const Revision doneRev = revision(ItemType::Milestone, done);
    CHECK(describe(doneRev, &open) == "Marked reached on 2026-03-01");
    CHECK(describe(open, &doneRev) == "Marked not reached");
    Milestone redated = done;
    redated.doneDate = QDate(2026, 3, 2);
    redated.target = 5.0;
    CHECK(describe(revision(ItemType::Milestone, redated), &doneRev) == "Changed target, reached date");

    Category c = makeCategory(QStringLiteral("Health"), QString(), 0);
    Category renamed = c;
    renamed.name = QStringLiteral("Body");
    const Revision category = revision(ItemType::Category, c);
    CHECK(describe(revision(ItemType::Category, renamed), &category) == "Renamed to \"Body\"");
}
