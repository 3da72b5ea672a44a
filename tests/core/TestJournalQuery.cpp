// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/domain/JournalKey.h"
#include "core/domain/JournalQuery.h"
#include "core/domain/TypedSearch.h"

#include <QSet>

#include <algorithm>

using namespace selftrack::core;
using selftrack::test::StoreFixture;

namespace {
Record timed(const QString& note, QDate day, std::optional<QTime> time, const QStringList& tags = {}) {
    Record r = StoreFixture::entry(note, day, tags);
    r.time = time;
    return r;
}

QStringList ids(const QList<Record>& records) {
    QStringList out;
    for (const Record& r : records)
        out.append(r.id);
    return out;
}

// What the journal holds, worked out here from every record, the long way: text, outside the
// trash, not of a trashed goal; then `filter`; newest first with insertion order (rowid order in
// these tests, which never purge) breaking ties.
QList<Record> expectedJournal(ContentStore& store, const JournalFilter& filter) {
    auto all = store.records(RecordFilter{});
    REQUIRE(all);
    QList<Record> out;
    const QString tag = Record::normalizeTags({filter.tag}).value(0);
    for (const Record& r : *all) {
        if (r.note.isEmpty())
            continue;
        if (!r.goalId.isEmpty() && store.goal(r.goalId)->deleted)
            continue;
        if (filter.goals == JournalFilter::Goals::Without && !r.goalId.isEmpty())
            continue;
        if (filter.goals == JournalFilter::Goals::One && r.goalId != filter.goalId)
            continue;
        if (!tag.isEmpty() && !r.tags.contains(tag))
            continue;
        if ((filter.from && r.day < *filter.from) || (filter.to && r.day > *filter.to))
            continue;
        out.append(r);
    }
    auto slot = [](const Record& r) { return r.time ? 1 + r.time->msecsSinceStartOfDay() : 0; };
    std::stable_sort(out.begin(), out.end(), [&](const Record& a, const Record& b) {
        if (a.day != b.day)
            return a.day > b.day;
        if (slot(a) != slot(b))
            return slot(a) > slot(b);
        return a.createdAt > b.createdAt;
    });
    return out;
}

// Every page of the journal (`match` empty) or of a journal search, `limit` at a time.
QList<Record> allPages(ContentStore& store, const JournalFilter& filter, int limit, const QString& match = {},
                       int* pages = nullptr) {
    QList<Record> out;
    std::optional<SearchCursor> after;
    int count = 0;
    do {
        auto page =
            match.isEmpty() ? store.journal(filter, limit, after) : store.searchJournal(match, filter, limit, after);
        REQUIRE(page);
        REQUIRE(page->hits.size() <= limit);
        if (page->next)
            CHECK(page->hits.size() == limit);
        out += page->hits;
        after = page->next;
        REQUIRE(++count < 1000);
    } while (after);
    if (pages)
        *pages = count;
    return out;
}

// A vault with every kind of record: pure entries over five days (ties of day and time,
// untimed ones), notes about goals, check-ins with and without a note, an entry in the trash and
// a note of a goal in the trash.
struct JournalVault {
    StoreFixture f;
    Goal run;
    Goal water;
    Goal old;
    QString trashedEntry;
    QString plainCheckIn;
    QString taggedCheckIn;
    QString noteOfTrashedGoal;

    JournalVault() {
        run = *f.store->addGoal(StoreFixture::goal(QStringLiteral("Run")));
        Goal w = StoreFixture::goal(QStringLiteral("Water"));
        w.kind = GoalKind::Amount;
        w.unit = QStringLiteral("ml");
        w.target = 2000;
        water = *f.store->addGoal(w);
        old = *f.store->addGoal(StoreFixture::goal(QStringLiteral("Old")));
        for (int i = 0; i < 30; ++i) {
            const QDate day = QDate(2026, 2, 1).addDays((i * 3) % 5);
            const std::optional<QTime> time =
                i % 4 == 0 ? std::nullopt : std::optional<QTime>(QTime(7 + i % 3, (i % 2) * 30));
            QStringList tags;
            if (i % 3 == 0)
                tags.append(QStringLiteral("walk"));
            if (i % 5 == 0)
                tags.append(QStringLiteral("family"));
            REQUIRE(f.store->addRecord(timed(QStringLiteral("entry %1 by the lake").arg(i), day, time, tags)));
        }
        Record note = timed(QStringLiteral("knee hurts after the lake loop"), QDate(2026, 2, 3), QTime(8, 0),
                            {QStringLiteral("walk")});
        note.goalId = run.id;
        auto runNote = f.store->addRecord(note); // a check goal's value-less done with text stays a note
        REQUIRE(runNote);
        REQUIRE_FALSE(runNote->value);
        Record waterNote = timed(QStringLiteral("forgot the bottle"), QDate(2026, 2, 2), std::nullopt);
        waterNote.goalId = water.id;
        REQUIRE(f.store->addRecord(waterNote));
        Record annotated = StoreFixture::checkIn(run.id, QDate(2026, 2, 4));
        annotated.note = QStringLiteral("fast lap");
        REQUIRE(f.store->addRecord(annotated));
        auto plain = f.store->addRecord(StoreFixture::checkIn(run.id, QDate(2026, 2, 5)));
        REQUIRE(plain);
        plainCheckIn = plain->id;
        Record logged = StoreFixture::checkIn(water.id, QDate(2026, 2, 5));
        logged.value = 500;
        logged.tags = {QStringLiteral("lake")}; // tags but no text: found by search, not in the journal
        auto tagged = f.store->addRecord(logged);
        REQUIRE(tagged);
        taggedCheckIn = tagged->id;
        auto trashed = f.store->addRecord(timed(QStringLiteral("lake draft"), QDate(2026, 2, 5), QTime(6, 0)));
        REQUIRE(trashed);
        trashedEntry = trashed->id;
        REQUIRE(f.store->remove(trashedEntry));
        Record oldNote = timed(QStringLiteral("lake old goal note"), QDate(2026, 2, 2), QTime(9, 0));
        oldNote.goalId = old.id;
        noteOfTrashedGoal = f.store->addRecord(oldNote)->id;
        REQUIRE(f.store->remove(old.id));
    }
};
} // namespace

TEST_CASE("the journal holds the records with text, newest first, and pages without repeats or gaps",
          "[core][journal]") {
    JournalVault v;
    ContentStore& store = *v.f.store;
    const QList<Record> expected = expectedJournal(store, {});
    REQUIRE(expected.size() == 33); // 30 entries, 2 goal notes, 1 annotated check-in

    auto everything = store.journal({}, 0);
    REQUIRE(everything);
    CHECK_FALSE(everything->next);
    CHECK(ids(everything->hits) == ids(expected));
    const QStringList shown = ids(everything->hits);
    CHECK_FALSE(shown.contains(v.trashedEntry));
    CHECK_FALSE(shown.contains(v.plainCheckIn));
    CHECK_FALSE(shown.contains(v.noteOfTrashedGoal));
    // Untimed entries follow the timed ones of their day.
    CHECK(everything->hits.first().day == QDate(2026, 2, 5));
    CHECK(everything->hits.first().time.has_value());

    for (int limit : {1, 3, 7, 32, 33, 34, 50}) {
        INFO("limit " << limit);
        int pages = 0;
        const QList<Record> paged = allPages(store, {}, limit, {}, &pages);
        CHECK(ids(paged) == ids(expected));
        CHECK(pages == (33 + limit - 1) / limit);
    }

    // The goal's notes come back with the goal.
    REQUIRE(store.restore(v.old.id));
    CHECK(ids(store.journal({}, 0)->hits).contains(v.noteOfTrashedGoal));
}

TEST_CASE("journal filters by tag, goal and date range, alone and together", "[core][journal]") {
    JournalVault v;
    ContentStore& store = *v.f.store;
    QList<JournalFilter> filters;
    JournalFilter f;
    f.tag = QStringLiteral("#Walk"); // normalised like the record's tags
    filters.append(f);
    f = {};
    f.goals = JournalFilter::Goals::One;
    f.goalId = v.run.id;
    filters.append(f);
    f.goalId = v.old.id; // a trashed goal's notes stay hidden even when asked for
    filters.append(f);
    f = {};
    f.goals = JournalFilter::Goals::Without;
    filters.append(f);
    f = {};
    f.from = QDate(2026, 2, 2);
    f.to = QDate(2026, 2, 3);
    filters.append(f);
    f.to.reset();
    filters.append(f);
    f = {};
    f.to = QDate(2026, 2, 1);
    filters.append(f);
    f = {};
    f.tag = QStringLiteral("walk");
    f.goals = JournalFilter::Goals::Without;
    f.from = QDate(2026, 2, 3);
    filters.append(f);
    f = {};
    f.tag = QStringLiteral("no such tag");
    filters.append(f);

    QList<qsizetype> sizes;
    for (const JournalFilter& filter : filters) {
        const QList<Record> expected = expectedJournal(store, filter);
        sizes.append(expected.size());
        INFO("filter " << sizes.size() << ", expecting " << expected.size());
        CHECK(ids(store.journal(filter, 0)->hits) == ids(expected));
        CHECK(ids(allPages(store, filter, 4)) == ids(expected));
    }
    // Each filter picked a real subset (the reference is not trivially empty or everything).
    CHECK(sizes == QList<qsizetype>{11, 2, 0, 30, 14, 27, 6, 6, 0});
    const QList<Record> walks = store.journal(filters[0], 0)->hits;
    for (const Record& r : walks)
        CHECK(r.tags.contains(QStringLiteral("walk")));
    const QList<Record> ranged = store.journal(filters[4], 0)->hits;
    for (const Record& r : ranged)
        CHECK((r.day >= QDate(2026, 2, 2) && r.day <= QDate(2026, 2, 3)));
}

TEST_CASE("a journal page continues after its cursor when entries change between pages", "[core][journal]") {
    JournalVault v;
    ContentStore& store = *v.f.store;
    auto first = store.journal({}, 10);
    REQUIRE(first);
    REQUIRE(first->next);
    const QStringList before = ids(expectedJournal(store, {}));
    REQUIRE(ids(first->hits) == before.mid(0, 10));

    // Newer than the page: not in the next pages. Older than everything: at the end. One of the
    // next page goes to the trash: gone, with no gap around it.
    auto newer = store.addRecord(timed(QStringLiteral("new today"), QDate(2026, 3, 1), QTime(10, 0)));
    auto oldest = store.addRecord(timed(QStringLiteral("long ago"), QDate(2025, 1, 1), std::nullopt));
    REQUIRE(newer);
    REQUIRE(oldest);
    REQUIRE(store.remove(before.at(12)));

    QStringList rest;
    std::optional<SearchCursor> after = first->next;
    while (after) {
        auto page = store.journal({}, 10, after);
        REQUIRE(page);
        rest += ids(page->hits);
        after = page->next;
    }
    QStringList expectedRest = before.mid(10);
    expectedRest.removeAll(before.at(12));
    expectedRest.append(oldest->id);
    CHECK(rest == expectedRest);
}

TEST_CASE("journal search finds only journal entries and applies the filters", "[core][journal][search]") {
    JournalVault v;
    ContentStore& store = *v.f.store;
    // The plain search also finds the check-in with a tag and no text and the note of the trashed
    // goal; the journal's does not.
    auto general = store.searchJournal(QStringLiteral("lake"), 0);
    REQUIRE(general);
    auto inJournal = store.searchJournal(QStringLiteral("lake"), JournalFilter{}, 0);
    REQUIRE(inJournal);
    const QStringList found = ids(general->hits);
    QSet<QString> extra(found.begin(), found.end());
    for (const QString& id : ids(inJournal->hits))
        CHECK(extra.remove(id));
    CHECK(extra == QSet<QString>{v.taggedCheckIn, v.noteOfTrashedGoal});

    QList<JournalFilter> filters{JournalFilter{}};
    JournalFilter f;
    f.tag = QStringLiteral("family");
    filters.append(f);
    f = {};
    f.goals = JournalFilter::Goals::One;
    f.goalId = v.run.id;
    filters.append(f);
    f = {};
    f.from = QDate(2026, 2, 2);
    f.to = QDate(2026, 2, 3);
    filters.append(f);
    for (const JournalFilter& filter : filters) {
        QList<Record> expected;
        for (const Record& r : expectedJournal(store, filter))
            if (r.note.contains(QStringLiteral("lake")))
                expected.append(r);
        INFO("expecting " << expected.size());
        CHECK_FALSE(expected.isEmpty());
        CHECK(ids(store.searchJournal(QStringLiteral("lake"), filter, 0)->hits) == ids(expected));
        CHECK(ids(allPages(store, filter, 3, QStringLiteral("lake"))) == ids(expected));
    }

    auto bad = store.searchJournal(QStringLiteral("\"unclosed"), JournalFilter{}, 10);
    CHECK((!bad && bad.error().code == ErrorCode::InvalidInput));
}

TEST_CASE("typed search text becomes a prefix query that FTS4 always accepts", "[core][journal][search]") {
    CHECK(TypedSearch::matchQuery(QStringLiteral("  Lake  WAL ")) == QStringLiteral("lake* wal*"));
    CHECK(TypedSearch::matchQuery(QStringLiteral("\"knee\" OR (lap) -fast NEAR")) ==
          QStringLiteral("knee* or* lap* fast* near*"));
    CHECK(TypedSearch::matchQuery(QStringLiteral("e-mail: ok")) == QStringLiteral("e* mail* ok*"));
    CHECK(TypedSearch::matchQuery(QStringLiteral("Café 𝔘x")) == QStringLiteral("café* 𝔘x*"));
    CHECK(TypedSearch::matchQuery(QStringLiteral(" \" * ( ) ")).isEmpty());
    QString many;
    for (int i = 0; i < 20; ++i)
        many += QStringLiteral("w%1 ").arg(i);
    CHECK(TypedSearch::matchQuery(many).count(QLatin1Char('*')) == TypedSearch::kMaxWords);

    JournalVault v;
    ContentStore& store = *v.f.store;
    // A word typed halfway finds the entries; punctuation that FTS4 would reject does no harm.
    auto half = store.searchJournal(TypedSearch::matchQuery(QStringLiteral("kne")), JournalFilter{}, 0);
    REQUIRE(half);
    REQUIRE(half->hits.size() == 1);
    CHECK(half->hits.first().goalId == v.run.id);
    for (const char* typed : {"\"", "lake\"", "(kne", "-", "lake OR", "AND", "NEAR/3", "*", "^lap"}) {
        INFO(typed);
        const QString match = TypedSearch::matchQuery(QString::fromUtf8(typed));
        if (!match.isEmpty())
            CHECK(store.searchJournal(match, JournalFilter{}, 5));
    }
    CHECK(store.searchJournal(TypedSearch::matchQuery(QStringLiteral("lake ENTRY")), JournalFilter{}, 0)->hits.size() ==
          30);
}

TEST_CASE("the journal's tags are those of its entries, sorted, once each", "[core][journal]") {
    JournalVault v;
    ContentStore& store = *v.f.store;
    auto tags = store.journalTags();
    REQUIRE(tags);
    CHECK(*tags == QStringList{QStringLiteral("family"), QStringLiteral("walk")}); // not the check-in's "lake"
    Record tagged = StoreFixture::entry(QStringLiteral("dinner"), QDate(2026, 2, 9), {QStringLiteral("Food")});
    auto added = store.addRecord(tagged);
    REQUIRE(added);
    CHECK(store.journalTags()->contains(QStringLiteral("food")));
    REQUIRE(store.remove(added->id));
    CHECK_FALSE(store.journalTags()->contains(QStringLiteral("food")));
}

TEST_CASE("a journal key gives back the day, time and rowid it was made of", "[core][journal]") {
    for (const auto& [day, time, rowid] :
         {std::tuple{QDate(1900, 1, 1), std::optional<QTime>(), std::int64_t{1}},
          std::tuple{QDate(2026, 2, 28), std::optional<QTime>(QTime(0, 0)), std::int64_t{77}},
          std::tuple{QDate(2026, 2, 28), std::optional<QTime>(QTime(23, 59)), JournalKey::kMaxRowid},
          std::tuple{QDate(9999, 12, 31), std::optional<QTime>(QTime(12, 30)), std::int64_t{5}}}) {
        const std::int64_t key = JournalKey::of(day, time, rowid);
        CHECK(JournalKey::dayOf(key) == day);
        CHECK(JournalKey::timeOf(key) == time);
        CHECK(JournalKey::rowidOf(key) == rowid);
        CHECK(JournalKey::firstOf(day) <= key);
        CHECK(JournalKey::firstOf(day.addDays(1)) > key);
    }
}

namespace {
QStringList planOf(Database& db, const char* sql) {
    const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + sql;
    auto plan = db.prepare(explain.constData());
    REQUIRE(plan);
    QStringList details;
    for (auto row = plan->step(); row && *row; row = plan->step())
        details.append(plan->text(3));
    return details;
}
} // namespace

TEST_CASE("every journal query reads records through an index and never sorts all of them", "[core][journal]") {
    StoreFixture f;
    Database& db = f.vault->database();
    QList<JournalFilter> filters;
    for (auto goals : {JournalFilter::Goals::Any, JournalFilter::Goals::Without, JournalFilter::Goals::One})
        for (const char* tag : {"", "walk"}) {
            JournalFilter filter;
            filter.goals = goals;
            filter.goalId = QStringLiteral("g");
            filter.tag = QString::fromLatin1(tag);
            filters.append(filter);
        }
    for (const JournalFilter& filter : filters) {
        const QStringList entries = planOf(db, JournalQuery::entriesSql(filter));
        INFO(entries.join(QLatin1Char('\n')).toStdString());
        REQUIRE_FALSE(entries.isEmpty());
        // The outer loop walks an index of records in day order; a sort may only order the rows of
        // one day by time ("RIGHT PART"), never the whole result.
        CHECK(entries.first().startsWith(QStringLiteral("SEARCH TABLE records AS r USING")));
        CHECK(entries.first().contains(QStringLiteral("INDEX")));
        for (const QString& step : entries)
            if (step.contains(QStringLiteral("TEMP B-TREE")))
                CHECK(step.contains(QStringLiteral("RIGHT PART OF ORDER BY")));
        if (filter.goals != JournalFilter::Goals::Any)
            CHECK(entries.first().contains(QStringLiteral("records_goal_checkins")));

        const QStringList search = planOf(db, JournalQuery::searchSql(filter));
        INFO(search.join(QLatin1Char('\n')).toStdString());
        REQUIRE(search.size() >= 2);
        CHECK(search.at(0).contains(QStringLiteral("VIRTUAL TABLE INDEX")));
        CHECK(search.at(1).contains(QStringLiteral("INTEGER PRIMARY KEY")));
        CHECK_FALSE(search.join(QString()).contains(QStringLiteral("TEMP B-TREE")));
    }
}
