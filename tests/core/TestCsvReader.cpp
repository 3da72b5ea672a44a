// SPDX-License-Identifier: GPL-3.0-or-later
// The one CSV reader of every import, on its own: RFC 4180 and what spreadsheets write in practice.
#include "core/port/CsvReader.h"
#include "core/port/CsvWriter.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;

namespace {

CsvTable parsed(QByteArrayView bytes) {
    auto table = CsvReader::parse(bytes);
    REQUIRE(table);
    return *table;
}

} // namespace

TEST_CASE("the CSV reader splits a plain file into header and rows", "[core][port][csv]") {
    const CsvTable t = parsed("Date,Value,Notes\n2024-01-02,1,hello\n2024-01-03,0,\n");
    CHECK(t.header == QStringList{QStringLiteral("Date"), QStringLiteral("Value"), QStringLiteral("Notes")});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0] == QStringList{QStringLiteral("2024-01-02"), QStringLiteral("1"), QStringLiteral("hello")});
    CHECK(t.rows[1] == QStringList{QStringLiteral("2024-01-03"), QStringLiteral("0"), QString()});
    CHECK(t.separator == u',');
    CHECK(t.column(u"value") == 1);
    CHECK(t.column(u"missing") == -1);
    CHECK(CsvTable::field(t.rows[0], 7).isEmpty());
}

TEST_CASE("quoted fields keep separators, doubled quotes and line breaks", "[core][port][csv]") {
    const CsvTable t = parsed("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",\"three\nmore\rlines\"\r\n");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0][0] == QStringLiteral("x, y"));
    CHECK(t.rows[0][1] == QStringLiteral("say \"hi\""));
    CHECK(t.rows[1][0] == QStringLiteral("two\r\nlines"));
    CHECK(t.rows[1][1] == QStringLiteral("three\nmore\rlines"));
}

TEST_CASE("a byte order mark, CRLF, CR-only line ends and empty lines are read as spreadsheets write them",
          "[core][port][csv]") {
    const CsvTable bom = parsed("\xEF\xBB\xBFName,Value\r\n\r\nRun,5\r\n\r\n");
    CHECK(bom.header.first() == QStringLiteral("Name"));
    REQUIRE(bom.rows.size() == 1);
    CHECK(bom.rows[0] == QStringList{QStringLiteral("Run"), QStringLiteral("5")});
    const CsvTable cr = parsed("a,b\r1,2\r3,4");
    REQUIRE(cr.rows.size() == 2);
    CHECK(cr.rows[1] == QStringList{QStringLiteral("3"), QStringLiteral("4")});
    CHECK(parsed("a,b\n1,2").rows.size() == 1); // no line break at the end
    // One byte order mark is the encoding's; a second one is text (found by the CSV fuzzer).
    CHECK(parsed("\xEF\xBB\xBF\xEF\xBB\xBF"
                 "a,b\n")
              .header.first() == QStringLiteral("\uFEFFa"));
}

TEST_CASE("the separator is detected from the header: semicolons of decimal-comma locales, tabs", "[core][port][csv]") {
    const CsvTable semi = parsed("Datum;Wert;Notiz\n2024-01-02;1,5;\"a;b\"\n");
    CHECK(semi.separator == u';');
    REQUIRE(semi.rows.size() == 1);
    CHECK(semi.rows[0] == QStringList{QStringLiteral("2024-01-02"), QStringLiteral("1,5"), QStringLiteral("a;b")});
    CHECK(parsed("a\tb\n1\t2\n").separator == u'\t');
    // A comma inside a quoted header field does not count.
    CHECK(CsvReader::detectSeparator(u"\"a,b,c\";d;e") == u';');
    CHECK(CsvReader::detectSeparator(u"single") == u',');
    // The caller can insist.
    auto forced = CsvReader::parse("a;b,c\n", QChar(u','));
    REQUIRE(forced);
    CHECK(forced->header == QStringList{QStringLiteral("a;b"), QStringLiteral("c")});
}

TEST_CASE("text after a closing quote is kept and quotes inside an unquoted field are literal", "[core][port][csv]") {
    const CsvTable t = parsed("a,b\n\"x\"y,5\"7\n");
    CHECK(t.rows[0] == QStringList{QStringLiteral("xy"), QStringLiteral("5\"7")});
}

TEST_CASE("UTF-8 text survives; binary, invalid UTF-8 and an unterminated quote are clear errors",
          "[core][port][csv]") {
    CHECK(parsed("name\nCafé ☕ 日本\n").rows[0][0] == QStringLiteral("Café ☕ 日本"));
    auto binary = CsvReader::parse(QByteArrayView("a,b\n\0\x01", 6));
    REQUIRE_FALSE(binary);
    CHECK(binary.error().message.contains(QStringLiteral("binary")));
    auto latin1 = CsvReader::parse("name\ncaf\xE9\n");
    REQUIRE_FALSE(latin1);
    CHECK(latin1.error().message.contains(QStringLiteral("UTF-8")));
    auto open = CsvReader::parse("a,b\n1,2\n3,\"never\nends\n");
    REQUIRE_FALSE(open);
    CHECK(open.error().code == ErrorCode::InvalidInput);
    CHECK(open.error().message.contains(QStringLiteral("line 3")));
    const CsvTable empty = parsed("");
    CHECK(empty.header.isEmpty());
    CHECK(empty.rows.isEmpty());
}

TEST_CASE("what the CSV writer writes, the reader reads back field for field", "[core][port][csv]") {
    const QList<QStringList> rows{
        {QStringLiteral("day"), QStringLiteral("note"), QStringLiteral("value")},
        {QStringLiteral("2024-02-29"), QStringLiteral("comma, \"quote\"\nnew line"), QStringLiteral("1.5")},
        {QStringLiteral("2024-03-01"), QStringLiteral(" padded "), QString()},
        {QString()},
    };
    CsvWriter writer;
    for (const QStringList& row : rows)
        writer.addRow(row);
    CHECK(writer.bytes().startsWith("\xEF\xBB\xBF"));
    CHECK(writer.bytes().contains("\"comma, \"\"quote\"\"\nnew line\""));
    CHECK(writer.bytes().endsWith("\"\"\r\n"));
    const CsvTable back = parsed(writer.bytes());
    CHECK(back.header == rows[0]);
    REQUIRE(back.rows.size() == 3);
    CHECK(back.rows[0] == rows[1]);
    CHECK(back.rows[1] == rows[2]);
    CHECK(back.rows[2] == rows[3]);
    CHECK(CsvWriter::quoted(QStringLiteral("a;b"), u';') == QStringLiteral("\"a;b\""));
    CHECK(CsvWriter::quoted(QStringLiteral("plain")) == QStringLiteral("plain"));
}
