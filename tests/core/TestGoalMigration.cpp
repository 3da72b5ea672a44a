// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ContentStore.h"
#include "core/vault/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace selftrack::core;

namespace {
// A goal with every field set away from its default.
Goal fullGoal() {
    Goal g;
    g.id = QStringLiteral("goal-1");
    g.title = QStringLiteral("Run «far»");
    g.notes = QStringLiteral("line one\nline two");
    g.kind = GoalKind::Amount;
    g.unit = QStringLiteral("km");
    g.target = 42.5;
    g.direction = Direction::AtMost;
    g.aggregation = Aggregation::Average;
    g.period = Period::Week;
    g.freqNum = 2;
    g.freqDen = 7;
    g.weekdays = 0x15;
    g.startDate = QDate(2024, 2, 29);
    g.deadline = QDate(2027, 1, 1);
    g.categoryId = QStringLiteral("cat-9");
    g.color = QStringLiteral("#336699");
    g.icon = QStringLiteral("run");
    g.reminders = {Reminder{QTime(7, 30), 0x1f}, Reminder{QTime(21, 5), 0x60}};
    g.archived = true;
    g.position = 7;
    g.createdAt = QStringLiteral("2024-02-29T08:00:00.000Z");
    g.updatedAt = QStringLiteral("2025-05-01T09:30:00.000Z");
    g.headRev = QStringLiteral("rev-%1").arg(g.id);
    return g;
}

// Writes a goal the way schema version 3 stored it (one column per field) with its head revision.
void addV3Goal(Database& db, const Goal& g, bool withRevision) {
    auto row = db.prepare(
        "INSERT INTO goals(id, title, notes, kind, unit, target, direction, aggregation, period, freq_num, freq_den, "
        "weekdays, start_date, deadline, category_id, color, icon, reminders, archived, position, created_at, "
        "updated_at, deleted, head_rev) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    REQUIRE(row);
    const QJsonObject json = g.toJson();
    row->bind(1, g.id)
        .bind(2, g.title)
        .bind(3, g.notes)
        .bind(4, toString(g.kind))
        .bind(5, g.unit)
        .bind(6, g.target)
        .bind(7, toString(g.direction))
        .bind(8, toString(g.aggregation))
        .bind(9, toString(g.period))
        .bind(10, g.freqNum)
        .bind(11, g.freqDen)
        .bind(12, g.weekdays)
        .bind(13, g.startDate.toString(Qt::ISODate))
        .bind(14, g.deadline ? std::optional<QString>(g.deadline->toString(Qt::ISODate)) : std::nullopt)
        .bind(15, g.categoryId)
        .bind(16, g.color)
        .bind(17, g.icon)
        .bind(18, QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("reminders")).toArray()).toJson()))
        .bind(19, g.archived)
        .bind(20, g.position)
        .bind(21, g.createdAt)
        .bind(22, g.updatedAt)
        .bind(23, g.deleted)
        .bind(24, g.headRev);
    REQUIRE(row->exec());
    if (!withRevision)
        return;
    auto revision = db.prepare("INSERT INTO revisions(rev_id, item_id, item_type, device_id, created_at, deleted, "
                               "content) VALUES(?, ?, 'goal', 'device', ?, ?, ?)");
    REQUIRE(revision);
    revision->bind(1, g.headRev)
        .bind(2, g.id)
        .bind(3, g.updatedAt)
        .bind(4, g.deleted)
        .bind(5, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    REQUIRE(revision->exec());
}

std::unique_ptr<Database> openScratch(const QTemporaryDir& tmp) {
    auto db = Database::open(tmp.filePath(QStringLiteral("m.db")), SecureBuffer(), {}, true);
    REQUIRE(db);
    return std::move(*db);
}
} // namespace

TEST_CASE("migrating a version 3 vault keeps every goal field", "[core][vault][migration]") {
    QTemporaryDir tmp;
    auto db = openScratch(tmp);
    REQUIRE(Schema::migrate(*db, 0, 3));
    const Goal full = fullGoal();
    Goal trashed;
    trashed.id = QStringLiteral("goal-2");
    trashed.title = QStringLiteral("Old habit");
    trashed.startDate = QDate(2020, 1, 1);
    trashed.createdAt = trashed.updatedAt = QStringLiteral("2020-01-01T00:00:00.000Z");
    trashed.headRev = QStringLiteral("rev-goal-2");
    trashed.deleted = true;
    addV3Goal(*db, full, true);
    addV3Goal(*db, trashed, true);

    REQUIRE(Schema::migrate(*db, 3, Schema::kCurrentVersion));

    ContentStore store(*db, QStringLiteral("device"));
    auto migrated = store.goal(full.id);
    REQUIRE(migrated);
    CHECK(*migrated == full);
    auto migratedTrash = store.goal(trashed.id);
    REQUIRE(migratedTrash);
    CHECK(*migratedTrash == trashed);
    // The indexed columns still answer the list and lookup queries.
    CHECK(store.goals(false)->isEmpty()); // one archived, one trashed
    REQUIRE(store.goals(true)->size() == 1);
    CHECK(store.goals(true)->first() == full);
    REQUIRE(store.trash()->size() == 1);
    CHECK(store.trash()->first().summary.contains(QStringLiteral("Old habit")));
}

TEST_CASE("a version 3 goal without its head revision stops the migration and stays as it was",
          "[core][vault][migration]") {
    QTemporaryDir tmp;
    auto db = openScratch(tmp);
    REQUIRE(Schema::migrate(*db, 0, 3));
    REQUIRE(db->exec("PRAGMA user_version = 3;"));
    addV3Goal(*db, fullGoal(), false);

    CHECK_FALSE(Schema::migrate(*db, 3, Schema::kCurrentVersion));
    CHECK(db->queryInt("PRAGMA user_version;").value() == 3);
    CHECK(db->queryInt("SELECT count(*) FROM goals WHERE title = 'Run «far»' AND unit = 'km';").value() == 1);
}

TEST_CASE("a goal's stored content that is damaged is reported, not guessed", "[core][vault][migration]") {
    QTemporaryDir tmp;
    auto db = openScratch(tmp);
    REQUIRE(Schema::migrate(*db, 0, Schema::kCurrentVersion));
    ContentStore store(*db, QStringLiteral("device"));
    Goal g;
    g.title = QStringLiteral("Read");
    auto added = store.addGoal(g);
    REQUIRE(added);
    REQUIRE(db->exec("UPDATE goals SET content = '{\"title\": ' ;"));
    auto damaged = store.goal(added->id);
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().code == ErrorCode::Corrupt);
    CHECK_FALSE(store.goals());
}

TEST_CASE("a goal lists every problem with the field it belongs to", "[core][goal]") {
    Goal g;
    g.title = QStringLiteral("  ");
    g.target = -1;
    g.freqNum = 3;
    g.freqDen = 2;
    g.startDate = QDate(2026, 3, 1);
    g.deadline = QDate(2026, 2, 1);
    g.reminders = {Reminder{QTime(), 0x7f}};
    const QList<GoalProblem> problems = g.problems();
    QStringList fields;
    for (const GoalProblem& p : problems)
        fields.append(p.field);
    CHECK(fields == QStringList{QStringLiteral("title"), QStringLiteral("target"), QStringLiteral("freq_num"),
                                QStringLiteral("deadline"), QStringLiteral("reminders")});
    // validate() says the first of them.
    CHECK(g.validate().error().message == problems.first().message);
    CHECK(fullGoal().problems().isEmpty());
}
