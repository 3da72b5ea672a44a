// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/DueDays.h"

namespace selftrack::core {

bool isDueOn(const GoalRule& rule, QDate day) {
    if (!day.isValid() || (rule.start.isValid() && day < rule.start) || (rule.deadline && day > *rule.deadline))
        return false;
    const unsigned mask = rule.frequency.weekdayMask & 0x7Fu;
    return mask == 0 || (mask & (1u << (day.dayOfWeek() - 1))) != 0;
}

} // namespace selftrack::core
