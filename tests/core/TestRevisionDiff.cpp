// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTestItems.h"
#include "core/domain/Category.h"
#include "core/domain/Goal.h"
#include "core/domain/Milestone.h"
#include "core/domain/Record.h"
#include "core/history/RevisionDiff.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;
using selftrack::test::makeCategory;
using selftrack::test::makeMilestone;

namespace {

std::string str(const QString& text) {
    return text.toStdString();
}
std::string str(const QJsonValue& value) {
    return value.toString().toStdString();
}

Goal baseGoal() {
    Goal g;
    g.id = QStringLiteral("g1");
    g.title = QStringLiteral("Run");
    g.startDate = QDate(2026, 1, 1);
    g.createdAt = QStringLiteral("2026-01-01T08:00:00.000Z");
    g.updatedAt = g.createdAt;
    return g;
}

Record baseRecord() {
    Record r;
    r.id = QStringLiteral("r1");
    r.goalId = QStringLiteral("g1");
    r.day = QDate(2026, 2, 1);
    r.value = 5.0;
    r.tags = {QStringLiteral("morning"), QStringLiteral("work")};
    return r;
}

RevisionDiff diffGoals(const Goal& a, const Goal& b) {
    return RevisionDiff::between(ItemType::Goal, a.toJson(), b.toJson());
}

RevisionDiff diffRecords(const Record& a, const Record& b, const DiffOptions& options = {}) {
    return RevisionDiff::between(ItemType::Record, a.toJson(), b.toJson(), options);
}

QStringList texts(const QJsonArray& array) {
    QStringList out;
    for (const auto& v : array)
        out.append(v.toString());
    return out;
}

QString joined(const QList<DiffLine>& lines) {
    QStringList out;
    for (const DiffLine& l : lines)
        out.append((l.kind == LineKind::Kept    ? QStringLiteral(" ")
                    : l.kind == LineKind::Added ? QStringLiteral("+")
                                                : QStringLiteral("-")) +
                   l.text);
    return out.join(QLatin1Char('|'));
}

// `count` distinct lines "<prefix> <i> ..." padded so the text is about `count * 50` characters.
QString manyLines(const QString& prefix, int count) {
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines.append(QStringLiteral("%1 line %2 of a long journal entry").arg(prefix).arg(i, 6, 10, QLatin1Char('0')));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("identical contents give an empty diff for every item type", "[core][history][diff]") {
    CHECK(diffGoals(baseGoal(), baseGoal()).isEmpty());
    CHECK(diffRecords(baseRecord(), baseRecord()).isEmpty());
    Milestone m = makeMilestone(QStringLiteral("5 km"), 5.0, QDate(2026, 3, 1), 2);
    CHECK(RevisionDiff::between(ItemType::Milestone, m.toJson(), m.toJson()).isEmpty());
    Category c = makeCategory(QStringLiteral("Health"), QStringLiteral("#00ff00"), 1);
    CHECK(RevisionDiff::between(ItemType::Category, c.toJson(), c.toJson()).isEmpty());
}

TEST_CASE("bookkeeping keys are left out unless asked for", "[core][history][diff]") {
    Goal a = baseGoal();
    Goal b = a;
    b.updatedAt = QStringLiteral("2026-01-02T08:00:00.000Z");
    CHECK(diffGoals(a, b).isEmpty());
    DiffOptions options;
    options.includeBookkeeping = true;
    const RevisionDiff diff = RevisionDiff::between(ItemType::Goal, a.toJson(), b.toJson(), options);
    REQUIRE(diff.fields() == QStringList{QStringLiteral("updated_at")});
    CHECK(diff.changes().first().before.toString() == a.updatedAt);
    CHECK(diff.changes().first().after.toString() == b.updatedAt);
}

TEST_CASE("goal string, number, bool, enum and date fields change with old and new values", "[core][history][diff]") {
    Goal a = baseGoal();
    Goal b = a;
    b.title = QStringLiteral("Run 5k");
    b.target = 3;
    b.archived = true;
    b.kind = GoalKind::Amount;
    b.direction = Direction::AtMost;
    b.startDate = QDate(2026, 1, 5);
    b.freqNum = 3;
    b.freqDen = 7;
    const RevisionDiff diff = diffGoals(a, b);
    // The goal's own field order, not the alphabetical order of the JSON keys.
    CHECK(diff.fields() == QStringList{QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("target"),
                                       QStringLiteral("direction"), QStringLiteral("freq_num"),
                                       QStringLiteral("freq_den"), QStringLiteral("start_date"),
                                       QStringLiteral("archived")});
    const FieldChange* title = diff.change(QStringLiteral("title"));
    REQUIRE(title);
    CHECK(title->kind == FieldChangeKind::Changed);
    CHECK(title->before.toString() == QStringLiteral("Run"));
    CHECK(title->after.toString() == QStringLiteral("Run 5k"));
    CHECK(title->lines.isEmpty()); // not a text field
    CHECK(diff.change(QStringLiteral("target"))->before.toDouble() == 1.0);
    CHECK(diff.change(QStringLiteral("target"))->after.toDouble() == 3.0);
    CHECK(diff.change(QStringLiteral("archived"))->before == QJsonValue(false));
    CHECK(diff.change(QStringLiteral("archived"))->after == QJsonValue(true));
    CHECK(diff.change(QStringLiteral("kind"))->after.toString() == QStringLiteral("amount"));
    CHECK(diff.change(QStringLiteral("direction"))->before.toString() == QStringLiteral("at_least"));
    CHECK(diff.change(QStringLiteral("start_date"))->after.toString() == QStringLiteral("2026-01-05"));
    CHECK(diff.change(QStringLiteral("unit")) == nullptr);
}

TEST_CASE("an optional date or value set or cleared is Added or Removed", "[core][history][diff]") {
    Goal a = baseGoal();
    Goal b = a;
    b.deadline = QDate(2026, 6, 30);
    b.unit = QStringLiteral("km");
    const RevisionDiff added = diffGoals(a, b);
    REQUIRE(added.fields() == QStringList{QStringLiteral("unit"), QStringLiteral("deadline")});
    CHECK(added.change(QStringLiteral("deadline"))->kind == FieldChangeKind::Added);
    CHECK(added.change(QStringLiteral("deadline"))->before.isNull());
    CHECK(added.change(QStringLiteral("deadline"))->after.toString() == QStringLiteral("2026-06-30"));
    CHECK(added.change(QStringLiteral("unit"))->kind == FieldChangeKind::Added); // "" -> "km"

    const RevisionDiff removed = diffGoals(b, a);
    CHECK(removed.change(QStringLiteral("deadline"))->kind == FieldChangeKind::Removed);
    CHECK(removed.change(QStringLiteral("deadline"))->after.isNull());
    CHECK(removed.change(QStringLiteral("unit"))->kind == FieldChangeKind::Removed);

    Goal c = b;
    c.deadline = QDate(2026, 7, 31);
    CHECK(diffGoals(b, c).change(QStringLiteral("deadline"))->kind == FieldChangeKind::Changed);

    Record r = baseRecord();
    Record s = r;
    s.value.reset();
    s.mood = 4;
    s.time = QTime(7, 30);
    const RevisionDiff record = diffRecords(r, s);
    CHECK(record.fields() == QStringList{QStringLiteral("time"), QStringLiteral("value"), QStringLiteral("mood")});
    CHECK(record.change(QStringLiteral("value"))->kind == FieldChangeKind::Removed);
    CHECK(record.change(QStringLiteral("value"))->before.toDouble() == 5.0);
    CHECK(record.change(QStringLiteral("mood"))->kind == FieldChangeKind::Added);
    CHECK(record.change(QStringLiteral("mood"))->after.toInt() == 4);
    CHECK(record.change(QStringLiteral("time"))->after.toString() == QStringLiteral("07:30"));
}

TEST_CASE("a missing key and a null value are the same; zero and false are values", "[core][history][diff]") {
    const QJsonObject a{{QStringLiteral("title"), QStringLiteral("Run")}};
    const QJsonObject b{{QStringLiteral("title"), QStringLiteral("Run")}, {QStringLiteral("deadline"), QJsonValue()}};
    CHECK(RevisionDiff::between(ItemType::Goal, a, b).isEmpty());
    const QJsonObject c{{QStringLiteral("title"), QStringLiteral("Run")}, {QStringLiteral("position"), 0}};
    const RevisionDiff diff = RevisionDiff::between(ItemType::Goal, a, c);
    REQUIRE(diff.fields() == QStringList{QStringLiteral("position")});
    CHECK(diff.changes().first().kind == FieldChangeKind::Added); // a 0 where there was nothing
    // Keys the item type does not know come after the known ones, alphabetically.
    const QJsonObject d{
        {QStringLiteral("title"), QStringLiteral("Runs")}, {QStringLiteral("zeta"), 1}, {QStringLiteral("alpha"), 2}};
    CHECK(RevisionDiff::between(ItemType::Goal, a, d).fields() ==
          QStringList{QStringLiteral("title"), QStringLiteral("alpha"), QStringLiteral("zeta")});
}

TEST_CASE("tags compare as sets: the added and the removed ones", "[core][history][diff]") {
    Record a = baseRecord(); // morning, work
    Record b = a;
    b.tags = {QStringLiteral("morning"), QStringLiteral("travel")};
    const RevisionDiff diff = diffRecords(a, b);
    REQUIRE(diff.fields() == QStringList{QStringLiteral("tags")});
    const FieldChange& tags = diff.changes().first();
    CHECK(tags.kind == FieldChangeKind::Changed);
    CHECK(texts(tags.added) == QStringList{QStringLiteral("travel")});
    CHECK(texts(tags.removed) == QStringList{QStringLiteral("work")});
    CHECK(texts(tags.before.toArray()) == a.tags);
    CHECK(texts(tags.after.toArray()) == b.tags);

    Record none = a;
    none.tags.clear();
    const FieldChange cleared = diffRecords(a, none).changes().first();
    CHECK(cleared.kind == FieldChangeKind::Removed);
    CHECK(cleared.added.isEmpty());
    CHECK(texts(cleared.removed) == a.tags);
    CHECK(diffRecords(none, a).changes().first().kind == FieldChangeKind::Added);

    // Only the order differs: no element added or removed (content written by another client).
    QJsonObject reordered = a.toJson();
    reordered.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("work"), QStringLiteral("morning")});
    const FieldChange order = RevisionDiff::between(ItemType::Record, a.toJson(), reordered).changes().first();
    CHECK(order.added.isEmpty());
    CHECK(order.removed.isEmpty());
}

TEST_CASE("reminders compare element by element", "[core][history][diff]") {
    Goal a = baseGoal();
    a.reminders = {Reminder{QTime(7, 30), 0x7f}, Reminder{QTime(20, 0), 0x1f}};
    Goal b = a;
    b.reminders = {Reminder{QTime(7, 30), 0x7f}, Reminder{QTime(21, 0), 0x1f}};
    const RevisionDiff diff = diffGoals(a, b);
    REQUIRE(diff.fields() == QStringList{QStringLiteral("reminders")});
    const FieldChange& reminders = diff.changes().first();
    REQUIRE(reminders.added.size() == 1);
    REQUIRE(reminders.removed.size() == 1);
    CHECK(reminders.added.at(0).toObject().value(QStringLiteral("time")).toString() == QStringLiteral("21:00"));
    CHECK(reminders.removed.at(0).toObject().value(QStringLiteral("time")).toString() == QStringLiteral("20:00"));
    CHECK(reminders.before.toArray().size() == 2);

    Goal c = a;
    c.reminders[1].weekdays = 0x60; // same time, other days: a different reminder
    CHECK(diffGoals(a, c).changes().first().added.size() == 1);
}

TEST_CASE("milestone and category fields", "[core][history][diff]") {
    Milestone a = makeMilestone(QStringLiteral("5 km"), std::nullopt, std::nullopt, 0);
    Milestone b = a;
    b.title = QStringLiteral("10 km");
    b.target = 10.0;
    b.doneDate = QDate(2026, 3, 1);
    b.goalId = QStringLiteral("g2");
    const RevisionDiff diff = RevisionDiff::between(ItemType::Milestone, a.toJson(), b.toJson());
    CHECK(diff.fields() == QStringList{QStringLiteral("goal_id"), QStringLiteral("title"), QStringLiteral("target"),
                                       QStringLiteral("done_date")});
    CHECK(diff.change(QStringLiteral("target"))->kind == FieldChangeKind::Added);
    CHECK(diff.change(QStringLiteral("done_date"))->after.toString() == QStringLiteral("2026-03-01"));
    CHECK(diff.change(QStringLiteral("goal_id"))->kind == FieldChangeKind::Changed);

    Category c = makeCategory(QStringLiteral("Health"), QString(), 0);
    Category d = c;
    d.name = QStringLiteral("Body");
    d.color = QStringLiteral("#ff0000");
    d.position = 3;
    const RevisionDiff cat = RevisionDiff::between(ItemType::Category, c.toJson(), d.toJson());
    CHECK(cat.fields() == QStringList{QStringLiteral("name"), QStringLiteral("color"), QStringLiteral("position")});
    CHECK(cat.change(QStringLiteral("color"))->kind == FieldChangeKind::Added);
    CHECK(cat.change(QStringLiteral("position"))->after.toInt() == 3);
}

TEST_CASE("a record moved to another goal or day", "[core][history][diff]") {
    Record a = baseRecord();
    Record b = a;
    b.goalId = QStringLiteral("g2");
    b.day = QDate(2026, 2, 2);
    b.status = RecordStatus::Skipped;
    b.utcOffsetMinutes = 60;
    const RevisionDiff diff = diffRecords(a, b);
    CHECK(diff.fields() == QStringList{QStringLiteral("goal_id"), QStringLiteral("day"),
                                       QStringLiteral("utc_offset_minutes"), QStringLiteral("status")});
    CHECK(diff.change(QStringLiteral("status"))->before.toString() == QStringLiteral("done"));
    CHECK(diff.change(QStringLiteral("status"))->after.toString() == QStringLiteral("skipped"));
}

TEST_CASE("long texts come with a line diff", "[core][history][diff]") {
    Record a = baseRecord();
    a.note = QStringLiteral("# Monday\nslept well\nran 5 km\nfelt tired");
    Record b = a;
    b.note = QStringLiteral("# Monday\nslept badly\nran 5 km\nfelt tired\nate pasta");
    const RevisionDiff diff = diffRecords(a, b);
    REQUIRE(diff.fields() == QStringList{QStringLiteral("note")});
    const FieldChange& note = diff.changes().first();
    CHECK_FALSE(note.linesOmitted);
    CHECK(str(joined(note.lines)) == " # Monday|-slept well|+slept badly| ran 5 km| felt tired|+ate pasta");
    CHECK(note.before.toString() == a.note);
    CHECK(note.after.toString() == b.note);

    Goal g = baseGoal();
    Goal h = g;
    h.notes = QStringLiteral("first\nsecond");
    const FieldChange added = diffGoals(g, h).changes().first();
    CHECK(added.kind == FieldChangeKind::Added);
    CHECK(str(joined(added.lines)) == "+first|+second");
    const FieldChange removed = diffGoals(h, g).changes().first();
    CHECK(str(joined(removed.lines)) == "-first|-second");

    DiffOptions noLines;
    noLines.lineDiffs = false;
    CHECK(diffRecords(a, b, noLines).changes().first().lines.isEmpty());
    CHECK_FALSE(diffRecords(a, b, noLines).changes().first().linesOmitted);
}

TEST_CASE("the line diff finds the shortest edit", "[core][history][diff]") {
    auto diff = [](const char* a, const char* b) {
        auto lines = LineDiff::compute(QString::fromUtf8(a), QString::fromUtf8(b));
        REQUIRE(lines);
        return str(joined(*lines));
    };
    CHECK(diff("", "") == "");
    CHECK(diff("a", "a") == " a");
    CHECK(diff("a\nb\nc", "a\nc") == " a|-b| c");
    CHECK(diff("a\nb\nc", "c\nb\na") == "-a|-b| c|+b|+a");
    CHECK(diff("x\na\ny\nb\nz", "a\nq\nb") == "-x| a|-y|+q| b|-z");
    CHECK(diff("a\n", "a") == " a|-"); // the empty last line after a final newline
}

TEST_CASE("a huge text is diffed when the edit is local and falls back to a whole change otherwise",
          "[core][history][diff]") {
    const QString base = manyLines(QStringLiteral("old"), 20000); // about 1,000,000 characters
    REQUIRE(base.size() > 700000);
    QString edited = base;
    edited.replace(QStringLiteral("old line 010000 of"), QStringLiteral("new line 010000 of"));
    edited.append(QStringLiteral("\nthe end"));
    auto local = LineDiff::compute(base, edited);
    REQUIRE(local);
    qsizetype added = 0;
    qsizetype removed = 0;
    for (const DiffLine& l : *local) {
        added += l.kind == LineKind::Added;
        removed += l.kind == LineKind::Removed;
    }
    CHECK(added == 2);
    CHECK(removed == 1);
    CHECK(local->size() == 20002);

    // Every line differs: 20,000 x 20,000 cells is over the cap, so no line diff, no blow-up.
    const QString other = manyLines(QStringLiteral("new"), 20000);
    CHECK_FALSE(LineDiff::compute(base, other).has_value());
    Record a = baseRecord();
    a.note = base;
    Record b = a;
    b.note = other;
    const FieldChange note = diffRecords(a, b).changes().first();
    CHECK(note.kind == FieldChangeKind::Changed);
    CHECK(note.linesOmitted);
    CHECK(note.lines.isEmpty());
    CHECK(note.after.toString() == other);

    // One line of a million characters on each side: a one-cell table.
    const QString wide(1000000, QLatin1Char('a'));
    auto single = LineDiff::compute(wide, wide + QLatin1Char('b'));
    REQUIRE(single);
    CHECK(single->size() == 2);

    // The cap is a parameter: a small one refuses what the default accepts.
    CHECK_FALSE(LineDiff::compute(QStringLiteral("a\nb\nc"), QStringLiteral("x\ny\nz"), 10).has_value());
    CHECK(LineDiff::compute(QStringLiteral("a\nb\nc"), QStringLiteral("x\ny\nz")).has_value());
    // Text added to an empty field needs no search at all, however long.
    CHECK(LineDiff::compute(QString(), base, 10).has_value());
}

TEST_CASE("two revisions add the trash flag as a field of its own", "[core][history][diff]") {
    Revision older;
    older.itemType = ItemType::Goal;
    older.content = baseGoal().toJson();
    Revision newer = older;
    newer.deleted = true;
    const RevisionDiff trashed = RevisionDiff::between(&older, newer);
    REQUIRE(trashed.fields() == QStringList{QLatin1String(RevisionDiff::kDeletedField)});
    CHECK(trashed.changes().first().before == QJsonValue(false));
    CHECK(trashed.changes().first().after == QJsonValue(true));
    CHECK(RevisionDiff::between(&newer, older).changes().first().after == QJsonValue(false));
    CHECK(RevisionDiff::between(&older, older).isEmpty());

    // Reverting to a trashed revision that also had another title: the flag first, then the field.
    Goal renamed = baseGoal();
    renamed.title = QStringLiteral("Walk");
    newer.content = renamed.toJson();
    CHECK(RevisionDiff::between(&older, newer).fields() ==
          QStringList{QStringLiteral("deleted"), QStringLiteral("title")});

    // The first revision: every field with a value is Added, no deleted change.
    const RevisionDiff first = RevisionDiff::between(nullptr, older);
    CHECK(first.change(QStringLiteral("deleted")) == nullptr);
    CHECK(first.change(QStringLiteral("title"))->kind == FieldChangeKind::Added);
    CHECK(first.change(QStringLiteral("notes")) == nullptr); // empty
    CHECK(first.change(QStringLiteral("deadline")) == nullptr);
    CHECK(first.change(QStringLiteral("archived"))->after == QJsonValue(false));
}

TEST_CASE("the JSON form of a diff", "[core][history][diff]") {
    Record a = baseRecord();
    a.note = QStringLiteral("one\ntwo");
    Record b = a;
    b.tags = {QStringLiteral("morning"), QStringLiteral("travel")};
    b.note = QStringLiteral("one\nthree");
    b.value = 6.0;
    const QJsonArray json = diffRecords(a, b).toJson();
    REQUIRE(json.size() == 3);
    const QJsonObject value = json.at(0).toObject();
    CHECK(str(value.value(QStringLiteral("field"))) == "value");
    CHECK(str(value.value(QStringLiteral("kind"))) == "changed");
    CHECK(value.value(QStringLiteral("before")).toDouble() == 5.0);
    CHECK(value.value(QStringLiteral("after")).toDouble() == 6.0);
    CHECK_FALSE(value.contains(QStringLiteral("lines")));
    const QJsonObject note = json.at(1).toObject();
    const QJsonArray lines = note.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 3);
    CHECK(str(lines.at(1).toObject().value(QStringLiteral("kind"))) == "removed");
    CHECK(str(lines.at(2).toObject().value(QStringLiteral("text"))) == "three");
    const QJsonObject tags = json.at(2).toObject();
    CHECK(texts(tags.value(QStringLiteral("added")).toArray()) == QStringList{QStringLiteral("travel")});
    CHECK(texts(tags.value(QStringLiteral("removed")).toArray()) == QStringList{QStringLiteral("work")});
}
