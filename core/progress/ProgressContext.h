// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <Qt>

namespace selftrack::core {

// Everything the engine would otherwise take from the environment: the current instant, the
// user's time zone and first day of the week. The engine never reads the wall clock.
struct ProgressContext {
    QDateTime now;
    QTimeZone timeZone = QTimeZone::utc();
    Qt::DayOfWeek weekStart = Qt::Monday;

    // The user's local calendar day at `now` in `timeZone` (DST-aware). Invalid if `now` is.
    QDate today() const;
};

} // namespace selftrack::core
