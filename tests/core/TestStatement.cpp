// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include <QTemporaryDir>

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
