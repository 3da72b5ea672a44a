// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/ContentStore.h"

#include <QDate>

namespace selftrack::core {

// A small, believable vault for a first look (the welcome page's "start with sample data"): goals
// of every kind (a daily habit, a few-times-a-week habit, an amount to reach, an amount to stay
// under, a yearly target with milestones), eight weeks of check-ins ending the day before `today`,
// and a few journal entries. Always the same data for the same `today` (no randomness), written
// through the store in one batch: one change event, nothing written when any part is refused.
class SampleData {
public:
    struct Counts {
        int goals = 0;
        int records = 0;
        int milestones = 0;
    };
    static Result<Counts> add(ContentStore& store, QDate today);
};

} // namespace selftrack::core
