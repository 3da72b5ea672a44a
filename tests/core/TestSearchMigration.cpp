// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "core/domain/ContentStore.h"
#include "core/domain/JournalKey.h"
#include "core/vault/Schema.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace selftrack::core;

namespace {
// Writes a record the way schema version 1 did: docid = rowid, tags space-joined.
void addV1Record(Database& db, std::int64_t rowid, const char* day, const char* time, const char* note,
                 const QStringList& tags, bool deleted) {
    auto row = db.prepare("INSERT INTO records(rowid, id, day, time, status, note, created_at, updated_at, deleted, "
                          "head_rev) VALUES(?, ?, ?, ?, 'done', ?, '2026-01-01T00:00:00.000Z', "
                          "'2026-01-01T00:00:00.000Z', ?, ?)");
    REQUIRE(row);
    row->bind(1, rowid)
        .bind(2, QStringLiteral("id-%1").arg(rowid))
        .bind(3, day)
        .bind(4, time ? std::optional<QString>(QString::fromLatin1(time)) : std::nullopt)
        .bind(5, note)
        .bind(6, deleted)
        .bind(7, QStringLiteral("rev-%1").arg(rowid));
    REQUIRE(row->exec());
    auto revision = db.prepare("INSERT INTO revisions(rev_id, item_id, item_type, device_id, created_at, deleted, "
                               "content) VALUES(?, ?, 'record', 'device', '2026-01-01T00:00:00.000Z', ?, '{}')");
    REQUIRE(revision);
    revision->bind(1, QStringLiteral("rev-%1").arg(rowid)).bind(2, QStringLiteral("id-%1").arg(rowid)).bind(3, deleted);
    REQUIRE(revision->exec());
    for (const QString& tag : tags) {
        auto t = db.prepare("INSERT INTO record_tags(record_id, tag) VALUES(?, ?)");
        REQUIRE(t);
        REQUIRE(t->bind(1, QStringLiteral("id-%1").arg(rowid)).bind(2, tag).exec());
    }
    if (deleted)
        return;
    auto fts = db.prepare("INSERT INTO journal_fts(docid, note, tags) VALUES(?, ?, ?)");
    REQUIRE(fts);
    REQUIRE(fts->bind(1, rowid).bind(2, note).bind(3, tags.join(QLatin1Char(' '))).exec());
}

QStringList ids(const QList<Record>& records) {
    QStringList out;
    for (const Record& r : records)
        out.append(r.id);
    return out;
}
} // namespace

TEST_CASE("migrating a version 1 vault rebuilds the search index in newest-first key order", "[core][search]") {
    QTemporaryDir tmp;
    auto db = Database::open(tmp.filePath(QStringLiteral("m.db")), SecureBuffer(), {}, true);
    REQUIRE(db);
    Database& d = **db;
    REQUIRE(Schema::migrate(d, 0, 1));
    // Written in an order unlike the day order, with shared days, untimed and trashed entries.
    addV1Record(d, 1, "2025-03-02", "07:30", "river walk at dawn", {QStringLiteral("outdoor")}, false);
    addV1Record(d, 2, "2025-03-09", nullptr, "walk in the rain", {}, false);
    addV1Record(d, 3, "2025-03-09", "18:05", "evening walk", {QStringLiteral("outdoor"), QStringLiteral("dog")}, false);
    addV1Record(d, 4, "1999-12-31", "23:59", "old walk", {}, false);
    addV1Record(d, 5, "2025-03-10", "09:00", "trashed walk", {}, true);
    addV1Record(d, 6, "2025-03-01", "12:00", "", {QStringLiteral("walk")}, false);
    REQUIRE(Schema::migrate(d, 1, Schema::kCurrentVersion));
    REQUIRE(d.exec("INSERT INTO journal_fts(journal_fts) VALUES('integrity-check');"));

    // Every docid is the JournalKey the repository computes for the row.
    auto keys = d.prepare("SELECT f.docid, r.day, r.time, r.rowid FROM journal_fts f JOIN records r "
                          "ON r.rowid = (f.docid & 1073741823)");
    REQUIRE(keys);
    int indexed = 0;
    for (; keys->step().value(); ++indexed) {
        const std::optional<QTime> time =
            keys->isNull(2) ? std::nullopt
                            : std::optional<QTime>(QTime::fromString(keys->text(2), QStringLiteral("HH:mm")));
        CHECK(keys->int64(0) == JournalKey::of(QDate::fromString(keys->text(1), Qt::ISODate), time, keys->int64(3)));
    }
    CHECK(indexed == 5);

    ContentStore store(d, QStringLiteral("device"));
    auto hits = store.searchJournal(QStringLiteral("walk"), 0);
    REQUIRE(hits);
    CHECK(ids(hits->hits) == QStringList{QStringLiteral("id-3"), QStringLiteral("id-2"), QStringLiteral("id-1"),
                                         QStringLiteral("id-6"), QStringLiteral("id-4")});
    CHECK(ids(store.searchJournal(QStringLiteral("dog"))->hits) == QStringList{QStringLiteral("id-3")});
    auto firstTwo = store.searchJournal(QStringLiteral("walk"), 2);
    REQUIRE(firstTwo);
    REQUIRE(firstTwo->next);
    CHECK(ids(store.searchJournal(QStringLiteral("walk"), 2, firstTwo->next)->hits) ==
          QStringList{QStringLiteral("id-1"), QStringLiteral("id-6")});

    // Migrated rows are maintained like new ones: an edit moves the row, a purge removes it.
    auto edited = store.record(QStringLiteral("id-4"));
    REQUIRE(edited);
    edited->day = QDate(2025, 3, 11);
    REQUIRE(store.updateRecord(*edited));
    CHECK(ids(store.searchJournal(QStringLiteral("walk"), 1)->hits) == QStringList{QStringLiteral("id-4")});
    REQUIRE(store.remove(QStringLiteral("id-1")));
    REQUIRE(store.purge(QStringLiteral("id-1")));
    CHECK(store.searchJournal(QStringLiteral("river"))->hits.isEmpty());
    CHECK(d.queryInt("SELECT count(*) FROM journal_fts;").value() == 4);
}
