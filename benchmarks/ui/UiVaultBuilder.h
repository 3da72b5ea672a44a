// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ContentStore.h"

#include <QDate>
#include <QString>

namespace selftrack::bench {

// The vault the desktop app's figures are measured on: 200 goals (a daily habit with ten years of
// check-ins, 59 more daily habits, 40 goals of three times a week, 100 amount goals) and 200,000
// records in all, 20,000 of them journal entries. Deterministic; written in batches through core.
class UiVaultBuilder {
public:
    struct Built {
        QString tenYearGoalId;
        int goals = 0;
        int records = 0;
    };
    // `scale` divides every count (a quick smoke run); `today` ends every history.
    static Built build(core::ContentStore& store, QDate today, int scale);
};

} // namespace selftrack::bench
