// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reminder.h"

#include <QString>

#include <optional>

namespace selftrack::core {

// One habit as Loop Habit Tracker stores it, from its CSV export or its database backup.
struct LoopHabit {
    QString name;
    QString question;
    QString description;
    bool numerical = false;
    int freqNum = 1; // yes/no: times per freqDen days; numerical: the target is per freqDen days
    int freqDen = 1;
    QString color; // #RRGGBB
    QString unit;
    bool atMost = false;
    double target = 0.0;
    bool archived = false;
    int position = 0;
    std::optional<Reminder> reminder;
};

} // namespace selftrack::core
