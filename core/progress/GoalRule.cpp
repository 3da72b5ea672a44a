// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/GoalRule.h"

namespace selftrack::core {

namespace {
unsigned weekdayBit(Qt::DayOfWeek day) {
    return 1u << (static_cast<unsigned>(day) - 1u);
}
} // namespace

Frequency Frequency::onWeekdays(std::initializer_list<Qt::DayOfWeek> days) {
    Frequency frequency;
    for (const Qt::DayOfWeek day : days)
        frequency.weekdayMask |= weekdayBit(day);
    return frequency;
}

bool Frequency::isDue(Qt::DayOfWeek day) const {
    return !usesWeekdays() || (weekdayMask & weekdayBit(day)) != 0;
}

Frequency Frequency::normalized() const {
    Frequency result = *this;
    if (usesWeekdays() || result.numerator <= 0 || result.denominator <= 0 || result.numerator == result.denominator) {
        result.numerator = 1;
        result.denominator = 1;
    }
    return result;
}

double Frequency::ratio() const {
    const Frequency n = normalized();
    return static_cast<double>(n.numerator) / n.denominator;
}

Frequency scoreFrequency(const GoalRule& rule) {
    const Frequency given = rule.frequency.normalized();
    if (rule.kind == GoalKind::Check || given.denominator != 1 || given.numerator != 1)
        return given;
    switch (rule.period) {
    case PeriodKind::Week:
        return Frequency::perDays(1, 7);
    case PeriodKind::Month:
        return Frequency::perDays(1, 30);
    case PeriodKind::Year:
        return Frequency::perDays(1, 365);
    case PeriodKind::Day:
    case PeriodKind::Whole:
        break;
    }
    return given;
}

} // namespace selftrack::core
