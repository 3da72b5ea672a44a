// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IsoText.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

#include <random>

using namespace selftrack::core;

TEST_CASE("ISO dates are written as QDate::toString(Qt::ISODate) writes them", "[core][records]") {
    std::mt19937 rng(11);
    for (int round = 0; round < 2000; ++round) {
        const QDate day = QDate(0, 1, 1).addDays(std::uniform_int_distribution<int>(0, 3652424)(rng));
        REQUIRE(IsoText::date(day) == day.toString(Qt::ISODate).toUtf8());
    }
    for (const QDate day : {QDate(0, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-1, 12, 31), QDate()})
        CHECK(IsoText::date(day) == day.toString(Qt::ISODate).toUtf8());
    CHECK(IsoText::date(QDate(2024, 1, 31)) == QByteArray("2024-01-31"));
}

TEST_CASE("clock times are written as QTime::toString(\"HH:mm\") writes them", "[core][records]") {
    for (int minute = 0; minute < 24 * 60; minute += 7) {
        const QTime time(minute / 60, minute % 60, 59);
        REQUIRE(IsoText::minutes(time) == time.toString(QStringLiteral("HH:mm")).toUtf8());
    }
    CHECK(IsoText::minutes(QTime(7, 30)) == QByteArray("07:30"));
    CHECK(IsoText::minutes(QTime()).isEmpty());
}

TEST_CASE("timestamps are the UTC moment as toString(Qt::ISODateWithMs) writes it", "[core][records]") {
    std::mt19937 rng(12);
    const QTimeZone berlin("Europe/Berlin");
    for (int round = 0; round < 2000; ++round) {
        const qint64 ms = std::uniform_int_distribution<qint64>(-62135596800000LL, 253402300799999LL)(rng);
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QByteArray expected = utc.toString(Qt::ISODateWithMs).toUtf8();
        REQUIRE(IsoText::timestamp(utc) == expected);
        // Any time spec: the moment is written in UTC.
        REQUIRE(IsoText::timestamp(utc.toLocalTime()) == expected);
        if (berlin.isValid())
            REQUIRE(IsoText::timestamp(utc.toTimeZone(berlin)) == expected);
    }
    CHECK(IsoText::timestamp(QDateTime(QDate(2026, 12, 2), QTime(13, 2, 34, 5), Qt::UTC)) ==
          QByteArray("2026-12-02T13:02:34.005Z"));
    const QDateTime far(QDate(12000, 1, 1), QTime(0, 0), Qt::UTC);
    CHECK(IsoText::timestamp(far) == far.toString(Qt::ISODateWithMs).toUtf8());
    CHECK(IsoText::timestamp(QDateTime()).isEmpty());
}
