// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTime>

namespace selftrack::core {

// One reminder of a goal: a local time on a set of weekdays (bit 0 = Monday ... bit 6 = Sunday).
struct Reminder {
    QTime time;
    int weekdays = 0x7f;

    bool operator==(const Reminder&) const = default;
};

} // namespace selftrack::core
