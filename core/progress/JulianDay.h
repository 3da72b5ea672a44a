// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QtGlobal>

namespace selftrack::core {

// Day arithmetic on Julian day numbers (QDate::toJulianDay()), for the engine's inner loops where
// QDate's range checks and calendar conversions would dominate.

// ISO weekday (1 = Monday ... 7 = Sunday) of a Julian day, as QDate::dayOfWeek() computes it.
constexpr int weekdayOfJulianDay(qint64 julianDay) {
    return julianDay >= 0 ? static_cast<int>(julianDay % 7) + 1 : static_cast<int>((julianDay + 1) % 7) + 7;
}

// Whether a weekday mask (bit 0 = Monday; 0 = every day) holds the Julian day's weekday.
constexpr bool isDueOnJulianDay(unsigned weekdayMask, qint64 julianDay) {
    return weekdayMask == 0 || (weekdayMask & (1u << (weekdayOfJulianDay(julianDay) - 1))) != 0;
}

} // namespace selftrack::core
