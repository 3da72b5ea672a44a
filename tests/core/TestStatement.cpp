// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <functional>

#include <catch2/catch.hpp>

using namespace selftrack::core;

namespace {
// A plain (unencrypted) database with one table of two named rows.
std::unique_ptr<Database> openNames(const QTemporaryDir& tmp) {
    auto db = Database::open(tmp.filePath(QStringLiteral("plain.db")), SecureBuffer(), {}, true);
    REQUIRE(db);
    REQUIRE((*db)->exec("CREATE TABLE names(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                        "INSERT INTO names(id, name) VALUES(1, 'one'), (2, 'two');"));
    return std::move(*db);
}

QString readName(const Statement& row) {
    return row.text(0);
}
} // namespace

TEST_CASE("single maps the first row and resets the statement", "[core][storage]") {
    QTemporaryDir tmp;
    auto db = openNames(tmp);
    auto stmt = db->prepare("SELECT name FROM names ORDER BY id");
    REQUIRE(stmt);
    auto name = stmt->single(readName, QStringLiteral("unused"));
    REQUIRE(name);
    CHECK(*name == QStringLiteral("one"));
    // Reset: stepping again starts over at the first row.
    REQUIRE(stmt->step().value());
    CHECK(stmt->text(0) == QStringLiteral("one"));
}

TEST_CASE("single without a row is NotFound with the caller's message", "[core][storage]") {
    QTemporaryDir tmp;
    auto db = openNames(tmp);
    auto stmt = db->prepare("SELECT name FROM names WHERE id = ?");
    REQUIRE(stmt);
    stmt->bind(1, 3);
    auto name = stmt->single(readName, QStringLiteral("There is no name 3."));
    REQUIRE_FALSE(name);
    CHECK(name.error().code == ErrorCode::NotFound);
    CHECK(name.error().message == QStringLiteral("There is no name 3."));
}

TEST_CASE("single passes on a failing step as a storage error", "[core][storage]") {
    QTemporaryDir tmp;
    auto db = openNames(tmp);
    // abs() of the smallest integer overflows when the row is computed, not when preparing.
    auto stmt = db->prepare("SELECT abs(-9223372036854775807 - 1)");
    REQUIRE(stmt);
    auto value = stmt->single([](const Statement& row) { return row.int64(0); }, QStringLiteral("unused"));
    REQUIRE_FALSE(value);
    CHECK(value.error().code == ErrorCode::Storage);
    CHECK(value.error().message.contains(QStringLiteral("overflow")));
}

namespace {
// Binds `text` to a cached INSERT and reads back what was stored (and its SQL type).
std::pair<QByteArray, QString> storeText(Database& db, const std::function<void(Statement&)>& bind) {
    auto insert = db.cached("INSERT INTO texts(t) VALUES(?)");
    REQUIRE(insert);
    bind(**insert);
    REQUIRE((*insert)->exec());
    auto read = db.prepare("SELECT t, typeof(t) FROM texts WHERE rowid = last_insert_rowid()");
    REQUIRE(read);
    REQUIRE(read->step().value());
    return {read->blob(0), read->text(1)};
}
} // namespace

TEST_CASE("bound text is stored as the UTF-8 QString::toUtf8 gives, however it was bound", "[core][storage]") {
    QTemporaryDir tmp;
    auto db = Database::open(tmp.filePath(QStringLiteral("plain.db")), SecureBuffer(), {}, true);
    REQUIRE(db);
    REQUIRE((*db)->exec("CREATE TABLE texts(t);"));
    QString loneSurrogates = QStringLiteral("a");
    loneSurrogates += QChar(0xd800);
    loneSurrogates += QStringLiteral("b");
    loneSurrogates += QChar(0xdc00);
    const QString longText(Statement::kKeptText + 10, QLatin1Char('x'));
    // Long first, then short: a reused parameter buffer must not leave the old tail behind.
    for (const QString& text : {longText, QString(300, QLatin1Char('y')), QStringLiteral("caf\u00e9 \U0001F600"),
                                loneSurrogates, QStringLiteral("id-1"), QString(), QStringLiteral("")}) {
        auto [stored, type] = storeText(**db, [&](Statement& s) { s.bind(1, text); });
        CHECK(type == QStringLiteral("text"));
        CHECK(stored == text.toUtf8());
        const QByteArray utf8 = text.toUtf8();
        auto [bytes, bytesType] = storeText(**db, [&](Statement& s) { s.bindText(1, utf8); });
        CHECK(bytesType == QStringLiteral("text"));
        CHECK(bytes == utf8);
    }
    // The bound bytes are the statement's own: the caller's buffer may change before the step.
    QByteArray scratch("first");
    auto [stored, type] = storeText(**db, [&](Statement& s) {
        s.bindText(1, scratch);
        scratch.fill('z');
    });
    CHECK(stored == QByteArray("first"));
    auto [fromNull, nullType] = storeText(**db, [](Statement& s) { s.bind(1, static_cast<const char*>(nullptr)); });
    CHECK(nullType == QStringLiteral("text")); // empty text, not SQL NULL
    CHECK(fromNull.isEmpty());
}
