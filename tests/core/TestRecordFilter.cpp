// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

using namespace selftrack::core;

namespace {
// Two goals with check-ins on 1..5 and 3 January, two journal entries, one record in the trash.
struct FilterFixture : selftrack::test::StoreFixture {
    QString goalA;
    QString goalB;
    QString trashedId;

    FilterFixture() {
        goalA = addGoal(QStringLiteral("A"));
        goalB = addGoal(QStringLiteral("B"));
        for (int d = 1; d <= 5; ++d)
            add(goalA, day(d), {});
        add(goalB, day(3), {});
        add({}, day(2), {QStringLiteral("Travel")});
        add({}, day(4), {QStringLiteral("work")});
        trashedId = add(goalB, day(4), {});
        REQUIRE(store->remove(trashedId));
    }

    static QDate day(int d) { return QDate(2024, 1, d); }

    QString addGoal(const QString& title) {
        auto saved = store->addGoal(goal(title, day(1)));
        REQUIRE(saved);
        return saved->id;
    }

    QString add(const QString& goalId, QDate d, const QStringList& tags) {
        Record r;
        r.goalId = goalId;
        r.day = d;
        r.tags = tags;
        if (goalId.isEmpty())
            r.note = QStringLiteral("entry");
        auto saved = store->addRecord(r);
        REQUIRE(saved);
        return saved->id;
    }

    QList<QDate> days(const RecordFilter& filter) {
        auto records = store->records(filter);
        REQUIRE(records);
        QList<QDate> out;
        for (const Record& r : *records)
            out.append(r.day);
        return out;
    }
};
} // namespace

TEST_CASE("record filters combine goal, journal, day range, tag, trash and limit", "[core][records]") {
    FilterFixture f;
    const auto d = &FilterFixture::day;

    CHECK(f.days(RecordFilter{}) == QList<QDate>{d(1), d(2), d(2), d(3), d(3), d(4), d(4), d(5)});

    RecordFilter byGoal;
    byGoal.goalId = f.goalA;
    CHECK(f.days(byGoal) == QList<QDate>{d(1), d(2), d(3), d(4), d(5)});

    RecordFilter goalInRange = byGoal;
    goalInRange.from = d(2);
    goalInRange.to = d(4);
    CHECK(f.days(goalInRange) == QList<QDate>{d(2), d(3), d(4)});

    RecordFilter oneDay;
    oneDay.from = oneDay.to = d(3);
    CHECK(f.days(oneDay).size() == 2);

    RecordFilter journal;
    journal.journalOnly = true;
    CHECK(f.days(journal) == QList<QDate>{d(2), d(4)});

    RecordFilter byTag;
    byTag.tag = QStringLiteral(" TRAVEL ");
    CHECK(f.days(byTag) == QList<QDate>{d(2)});

    RecordFilter trashed;
    trashed.onlyDeleted = true;
    auto inTrash = f.store->records(trashed);
    REQUIRE(inTrash);
    REQUIRE(inTrash->size() == 1);
    CHECK(inTrash->first().id == f.trashedId);

    RecordFilter firstTwo = byGoal;
    firstTwo.limit = 2;
    CHECK(f.days(firstTwo) == QList<QDate>{d(1), d(2)});
}
