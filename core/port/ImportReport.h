// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DomainEnums.h"

#include <QMap>
#include <QStringList>

namespace selftrack::core {

// What an import wrote (or, for a dry run, would write), per item type.
struct ImportReport {
    struct Counts {
        int added = 0;
        int updated = 0;
        int unchanged = 0; // already in the vault as they are (or, from other programs, at all)
    };
    QString format;
    bool dryRun = false;
    QMap<ItemType, Counts> counts;
    QStringList notes;

    int total(int Counts::*field) const {
        int sum = 0;
        for (const Counts& c : counts)
            sum += c.*field;
        return sum;
    }
};

} // namespace selftrack::core
