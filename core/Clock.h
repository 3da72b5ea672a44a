// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

namespace selftrack::core {

// Where every layer asks for "now" (revision timestamps, default days, "today" of the progress
// figures). Production code passes systemClock(); tests and reproducible scripts pin it.
using Clock = std::function<QDateTime()>;

inline Clock systemClock() {
    // UTC: a local time would go through the time zone rules (and glibc re-reads the zone file)
    // on every call, and every write asks; callers that need local time convert explicitly.
    return [] { return QDateTime::currentDateTimeUtc(); };
}

// Always returns `now`.
inline Clock fixedClock(const QDateTime& now) {
    return [now] { return now; };
}

} // namespace selftrack::core
