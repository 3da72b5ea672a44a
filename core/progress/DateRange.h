// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace selftrack::core {

// A closed range of calendar days [first, last]. Empty when either end is invalid or last < first.
struct DateRange {
    QDate first;
    QDate last;

    bool isEmpty() const { return !first.isValid() || !last.isValid() || last < first; }
    int days() const { return isEmpty() ? 0 : static_cast<int>(first.daysTo(last)) + 1; }
    bool contains(QDate date) const { return !isEmpty() && date >= first && date <= last; }
    bool operator==(const DateRange&) const = default;
};

} // namespace selftrack::core
