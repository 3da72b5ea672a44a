// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"
#include "core/domain/JournalKey.h"

#include <QSet>

using namespace selftrack::core;
using selftrack::test::StoreFixture;

namespace {
Record timedEntry(const QString& note, QDate day, std::optional<QTime> time, const QStringList& tags = {}) {
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

// Pages through every hit of `query`, `limit` at a time.
QList<Record> allPages(ContentStore& store, const QString& query, int limit, int* pages = nullptr) {
    QList<Record> out;
    std::optional<SearchCursor> after;
    int count = 0;
    do {
        auto page = store.searchJournal(query, limit, after);
        REQUIRE(page);
        REQUIRE(page->hits.size() <= limit);
        CHECK((page->next.has_value() ? page->hits.size() == limit : true));
        out += page->hits;
        after = page->next;
        REQUIRE(++count < 1000);
    } while (after);
    if (pages)
        *pages = count;
    return out;
}

// Newest first: day descending, then time descending with untimed entries after the timed ones.
bool newestFirst(const Record& a, const Record& b) {
    if (a.day != b.day)
        return a.day > b.day;
    const int ta = a.time ? a.time->msecsSinceStartOfDay() + 1 : 0;
    const int tb = b.time ? b.time->msecsSinceStartOfDay() + 1 : 0;
    return ta >= tb;
}
} // namespace

TEST_CASE("paging through search hits returns every hit once, newest first, ties included", "[core][search]") {
    StoreFixture f;
    QStringList expected;
    // 24 hits over 4 days: several share a day and a time, some have no time; 5 entries do not match.
    for (int i = 0; i < 28; ++i) {
        const QDate day = QDate(2026, 2, 1).addDays((i * 7) % 4);
        const std::optional<QTime> time = i % 5 == 0 ? std::nullopt : std::optional<QTime>(QTime(8 + i % 3, 15));
        const QString note = i % 6 == 5 ? QStringLiteral("other text %1").arg(i) : QStringLiteral("walk %1").arg(i);
        auto added = f.store->addRecord(timedEntry(note, day, time));
        REQUIRE(added);
        if (i % 6 != 5)
            expected.append(added->id);
    }
    REQUIRE(expected.size() == 24);

    auto everything = f.store->searchJournal(QStringLiteral("walk"), 0);
    REQUIRE(everything);
    CHECK_FALSE(everything->next);
    REQUIRE(everything->hits.size() == 24);
    for (qsizetype i = 1; i < everything->hits.size(); ++i)
        CHECK(newestFirst(everything->hits[i - 1], everything->hits[i]));
    QStringList sortedExpected = expected;
    QStringList found = ids(everything->hits);
    sortedExpected.sort();
    found.sort();
    CHECK(found == sortedExpected);

    for (int limit : {1, 4, 5, 23, 24, 25, 50}) {
        INFO("limit " << limit);
        int pages = 0;
        const QList<Record> paged = allPages(*f.store, QStringLiteral("walk"), limit, &pages);
        CHECK(ids(paged) == ids(everything->hits));
        CHECK(pages == (24 + limit - 1) / limit);
    }
}

TEST_CASE("the last page has no cursor and a cursor past the end gives an empty page", "[core][search]") {
    StoreFixture f;
    for (int d = 1; d <= 4; ++d)
        REQUIRE(f.store->addRecord(StoreFixture::entry(QStringLiteral("garden day"), QDate(2026, 1, d))));
    auto first = f.store->searchJournal(QStringLiteral("garden"), 2);
    REQUIRE(first);
    REQUIRE(first->next);
    CHECK(first->hits.first().day == QDate(2026, 1, 4));
    auto second = f.store->searchJournal(QStringLiteral("garden"), 2, first->next);
    REQUIRE(second);
    CHECK(second->hits.size() == 2);
    CHECK(second->hits.last().day == QDate(2026, 1, 1));
    CHECK_FALSE(second->next); // exactly two left: no empty third page

    auto rare = f.store->searchJournal(QStringLiteral("nothinglikethis"), 2);
    REQUIRE(rare);
    CHECK(rare->hits.isEmpty());
    CHECK_FALSE(rare->next);
    auto past = f.store->searchJournal(QStringLiteral("garden"), 2, SearchCursor{1});
    REQUIRE(past);
    CHECK(past->hits.isEmpty());
}

TEST_CASE("changing a day, time, text or tags moves or updates the one index row", "[core][search]") {
    StoreFixture f;
    auto older = f.store->addRecord(timedEntry(QStringLiteral("lake swim"), QDate(2026, 1, 1), QTime(9, 0)));
    auto newer = f.store->addRecord(timedEntry(QStringLiteral("lake walk"), QDate(2026, 1, 5), QTime(9, 0)));
    REQUIRE(older);
    REQUIRE(newer);
    CHECK(ids(f.store->searchJournal(QStringLiteral("lake"))->hits) == QStringList{newer->id, older->id});

    Record moved = *older;
    moved.day = QDate(2026, 1, 5);
    moved.time = QTime(10, 0);
    REQUIRE(f.store->updateRecord(moved));
    CHECK(ids(f.store->searchJournal(QStringLiteral("lake"))->hits) == QStringList{older->id, newer->id});
    moved.time.reset(); // untimed sorts after the timed entries of its day
    REQUIRE(f.store->updateRecord(moved));
    CHECK(ids(f.store->searchJournal(QStringLiteral("lake"))->hits) == QStringList{newer->id, older->id});

    Record mood = *newer; // no indexed field changes
    mood.mood = 4;
    REQUIRE(f.store->updateRecord(mood));
    CHECK(f.store->searchJournal(QStringLiteral("walk"))->hits.size() == 1);

    Record retext = *f.store->record(older->id);
    retext.note = QStringLiteral("pool swim");
    retext.tags = {QStringLiteral("sport")};
    REQUIRE(f.store->updateRecord(retext));
    CHECK(ids(f.store->searchJournal(QStringLiteral("lake"))->hits) == QStringList{newer->id});
    CHECK(ids(f.store->searchJournal(QStringLiteral("pool"))->hits) == QStringList{older->id});
    CHECK(ids(f.store->searchJournal(QStringLiteral("sport"))->hits) == QStringList{older->id});
    retext.tags = {QStringLiteral("swim")};
    REQUIRE(f.store->updateRecord(retext));
    CHECK(f.store->searchJournal(QStringLiteral("sport"))->hits.isEmpty());
    CHECK(f.store->record(older->id)->tags == QStringList{QStringLiteral("swim")});

    REQUIRE(f.store->remove(newer->id));
    CHECK(f.store->searchJournal(QStringLiteral("lake"))->hits.isEmpty());
    REQUIRE(f.store->restore(newer->id));
    CHECK(ids(f.store->searchJournal(QStringLiteral("lake"))->hits) == QStringList{newer->id});
    REQUIRE(f.vault->database().exec("INSERT INTO journal_fts(journal_fts) VALUES('integrity-check');"));
    CHECK(f.vault->database().queryInt("SELECT count(*) FROM journal_fts;").value() == 2);
}

TEST_CASE("search cursors survive their text form and reject foreign text", "[core][search]") {
    const SearchCursor cursor{JournalKey::of(QDate(2026, 2, 14), QTime(21, 5), 123456)};
    CHECK(SearchCursor::fromString(cursor.toString()) == cursor);
    CHECK(SearchCursor::fromString(cursor.toString().toUpper()) == cursor);
    for (const char* bad : {"", "  ", "-5", "0", "abc!", "1.5", "zzzzzzzzzzzzzzzzzzzzzzz"})
        CHECK_FALSE(SearchCursor::fromString(QString::fromLatin1(bad)));
}

TEST_CASE("journal keys sort like day, time and creation and keep the rowid", "[core][search]") {
    const QDate day(2026, 2, 14);
    const std::int64_t untimed = JournalKey::of(day, std::nullopt, 7);
    const std::int64_t midnight = JournalKey::of(day, QTime(0, 0), 3);
    const std::int64_t evening = JournalKey::of(day, QTime(23, 59), 1);
    CHECK(JournalKey::of(day.addDays(-1), QTime(23, 59), JournalKey::kMaxRowid) < untimed);
    CHECK(untimed < midnight);
    CHECK(midnight < evening);
    CHECK(evening < JournalKey::of(day.addDays(1), std::nullopt, 1));
    CHECK(JournalKey::rowidOf(untimed) == 7);
    CHECK(JournalKey::rowidOf(JournalKey::of(QDate(9999, 12, 31), QTime(23, 59), JournalKey::kMaxRowid)) ==
          JournalKey::kMaxRowid);
    CHECK(JournalKey::of(QDate(9999, 12, 31), QTime(23, 59), JournalKey::kMaxRowid) > 0);
    CHECK(JournalKey::of(QDate(1900, 1, 1), std::nullopt, 1) == 1);
}

TEST_CASE("a record beyond the search index's rowid range is refused, not mis-indexed", "[core][search]") {
    StoreFixture f;
    const QByteArray sql = "INSERT INTO records(rowid, id, day, status, created_at, updated_at, head_rev) "
                           "VALUES(" +
                           QByteArray::number(JournalKey::kMaxRowid) + ", 'x', '2026-01-01', 'done', '', '', 'r')";
    REQUIRE(f.vault->database().exec(sql.constData()));
    auto added = f.store->addRecord(StoreFixture::entry(QStringLiteral("too far")));
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::Storage);
    CHECK(f.store->searchJournal(QStringLiteral("far"))->hits.isEmpty());
}
