// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/AutoCompletion.h"

#include <algorithm>

namespace selftrack::core {

namespace {

struct Interval {
    QDate begin;
    QDate center;
    QDate end;
};

// Length in days of the interval starting at `begin`; monthly habits follow the calendar month.
int intervalLength(int denominator, QDate begin) {
    if (denominator != 30 && denominator != 31)
        return denominator;
    if (begin.day() == begin.daysInMonth())
        return begin.addDays(1).daysInMonth();
    return begin.daysInMonth();
}

std::vector<Interval> buildIntervals(int numerator, int denominator, std::span<const QDate> doneDays) {
    std::vector<Interval> intervals;
    const auto count = static_cast<qsizetype>(doneDays.size());
    for (qsizetype i = numerator - 1; i < count; ++i) {
        const QDate begin = doneDays[static_cast<std::size_t>(i)];
        const QDate center = doneDays[static_cast<std::size_t>(i - numerator + 1)];
        const int length = intervalLength(denominator, begin);
        if (begin.daysTo(center) < length)
            intervals.push_back(Interval{begin, center, begin.addDays(length - 1)});
    }
    return intervals;
}

// Slides every interval but the newest back towards the past so it ends right before the next
// newer one starts, never further than its own center.
void snapTogether(std::vector<Interval>& intervals) {
    for (std::size_t i = 1; i < intervals.size(); ++i) {
        Interval& current = intervals[i];
        const Interval& newer = intervals[i - 1];
        const qint64 overlap = newer.begin.daysTo(current.end);
        if (overlap < 0)
            continue;
        const qint64 shift = std::min(current.center.daysTo(current.end), overlap + 1);
        current.begin = current.begin.addDays(-shift);
        current.end = current.end.addDays(-shift);
    }
}

} // namespace

std::vector<DateRange> autoCompletionIntervals(const Frequency& frequency, std::span<const QDate> doneDays) {
    if (frequency.usesWeekdays())
        return {};
    const Frequency normalized = frequency.normalized();
    std::vector<Interval> intervals = buildIntervals(normalized.numerator, normalized.denominator, doneDays);
    snapTogether(intervals);
    std::vector<DateRange> result;
    result.reserve(intervals.size());
    for (const Interval& interval : intervals)
        result.push_back(DateRange{interval.begin, interval.end});
    return result;
}

} // namespace selftrack::core
