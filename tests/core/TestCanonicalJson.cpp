// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CanonicalJsonWriter.h"
#include "core/domain/Record.h"
#include "core/domain/RevisionLog.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

using namespace selftrack::core;

namespace {
// UTF-16 text mixing what needs care: ASCII, every control character, quotes and backslashes,
// two- and three-byte characters, surrogate pairs, and lone or reversed surrogates.
QString awkwardText(std::mt19937& rng, int units) {
    static const char16_t kPool[] = {u'a',   u'Z',   u' ',   u'/',   u'"',   u'\\',  u'\n',  u'\t',
                                     u'\r',  u'\b',  u'\f',  0x01,   0x1f,   0x7f,   0xe9,   0x7ff,
                                     0x800,  0x2028, 0xfeff, 0xfffe, 0xffff, 0xd83d, 0xde00, 0xdbff,
                                     0xdfff, 0xd800, 0xdc00, u'0',   u'#',   0x4e2d, 0x0,    u'}'};
    std::uniform_int_distribution<int> pick(0, static_cast<int>(std::size(kPool)) - 1);
    QString text;
    for (int i = 0; i < units; ++i)
        text.append(QChar(kPool[pick(rng)]));
    return text;
}

double awkwardNumber(std::mt19937& rng) {
    static const double kPool[] = {0.0,
                                   -0.0,
                                   1.0,
                                   -1.0,
                                   0.1,
                                   1.5,
                                   -2.25,
                                   1e12,
                                   -1e12,
                                   123456789012.0,
                                   1e-7,
                                   5e-324,
                                   1e15,
                                   1e16,
                                   2.5e15,
                                   9007199254740992.0,
                                   9007199254740994.0,
                                   -9007199254740992.0,
                                   18014398509481984.0,
                                   1e21,
                                   1e300,
                                   0.30000000000000004,
                                   std::numeric_limits<double>::max(),
                                   std::numeric_limits<double>::min()};
    std::uniform_int_distribution<int> pick(0, static_cast<int>(std::size(kPool)));
    const int i = pick(rng);
    if (i < static_cast<int>(std::size(kPool)))
        return kPool[i];
    return std::uniform_real_distribution<double>(-1e6, 1e6)(rng); // arbitrary fractions
}

QByteArray viaQt(const QJsonObject& object) {
    return RevisionLog::canonical(object);
}
} // namespace

TEST_CASE("the canonical JSON writer escapes text as QJsonDocument does", "[core][revisions]") {
    std::mt19937 rng(20261202);
    for (int round = 0; round < 500; ++round) {
        const QString text = awkwardText(rng, round % 40);
        const QStringList list{awkwardText(rng, 3), QString(), awkwardText(rng, 7)};
        CanonicalJsonWriter writer;
        writer.strings("list", list).string("text", text);
        const QByteArray expected =
            viaQt({{QStringLiteral("text"), text}, {QStringLiteral("list"), QJsonArray::fromStringList(list)}});
        REQUIRE(writer.take() == expected);
    }
}

TEST_CASE("the canonical JSON writer formats numbers as QJsonDocument does", "[core][revisions]") {
    std::mt19937 rng(7);
    for (int round = 0; round < 300; ++round) {
        const double value = awkwardNumber(rng);
        const std::int64_t whole = std::uniform_int_distribution<std::int64_t>(-5000000000LL, 5000000000LL)(rng);
        CanonicalJsonWriter writer;
        writer.integer("i", whole).number("n", value);
        REQUIRE(writer.take() ==
                viaQt({{QStringLiteral("n"), value}, {QStringLiteral("i"), QJsonValue(static_cast<qint64>(whole))}}));
    }
    // Qt has no JSON for NaN and the infinities either: it writes null.
    CanonicalJsonWriter writer;
    writer.number("a", std::nan("")).number("b", INFINITY).boolean("c", true).boolean("d", false).null("e");
    CHECK(writer.take() == QByteArray(R"({"a":null,"b":null,"c":true,"d":false,"e":null})"));
}

TEST_CASE("a record's canonical JSON is the canonical form of its toJson", "[core][revisions]") {
    std::mt19937 rng(99);
    std::uniform_int_distribution<int> coin(0, 1);
    for (int round = 0; round < 300; ++round) {
        Record r;
        r.id = awkwardText(rng, 5);
        r.goalId = coin(rng) ? QString() : QStringLiteral("6f1c0d4e-8a7b-4c39-9e21-1b2f3a4c5d6e");
        r.day = QDate(1900, 1, 1).addDays(std::uniform_int_distribution<int>(0, 3000000)(rng));
        if (coin(rng))
            r.time = QTime(round % 24, round % 60);
        r.utcOffsetMinutes = std::uniform_int_distribution<int>(-1080, 1080)(rng);
        if (coin(rng))
            r.value = awkwardNumber(rng);
        r.status = static_cast<RecordStatus>(round % 3);
        r.note = awkwardText(rng, round % 60);
        for (int t = round % 4; t > 0; --t)
            r.tags.append(awkwardText(rng, 4));
        if (coin(rng))
            r.mood = 1 + round % 5;
        r.createdAt = QStringLiteral("2026-12-02T13:02:34.123Z");
        r.updatedAt = awkwardText(rng, 2);
        REQUIRE(r.canonicalJson() == RevisionLog::canonical(r.toJson()));
    }
    Record unset; // invalid day, no goal, nothing else set
    CHECK(unset.canonicalJson() == RevisionLog::canonical(unset.toJson()));
    Record invalidTime;
    invalidTime.time = QTime(); // set but invalid: Qt writes ""
    CHECK(invalidTime.canonicalJson() == RevisionLog::canonical(invalidTime.toJson()));
}

TEST_CASE("canonical content comes from canonicalJson when an item has one", "[core][revisions]") {
    Record r;
    r.id = QStringLiteral("r1");
    r.day = QDate(2024, 2, 29);
    r.note = QStringLiteral("caf\u00e9");
    CHECK(RevisionLog::contentOf(r) == r.canonicalJson());
    CHECK(RevisionLog::contentOf(r) == RevisionLog::canonical(r.toJson()));
}
