// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Clock.h"

#include <catch2/catch.hpp>

using namespace selftrack::core;

TEST_CASE("the system clock answers in UTC, callers convert to local time themselves", "[core]") {
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = systemClock()();
    CHECK(now.timeSpec() == Qt::UTC);
    CHECK(now >= before);
    CHECK(now.toLocalTime() == now); // the same moment
}
