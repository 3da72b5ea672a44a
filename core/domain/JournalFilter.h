// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace selftrack::core {

// Which journal entries a timeline page or a journal search returns (JournalQuery). Every part
// left at its default lets all entries through; the parts combine with AND.
struct JournalFilter {
    enum class Goals { Any, Without, One };
    Goals goals = Goals::Any; // Without: only pure journal entries; One: only those about goalId
    QString goalId;
    QString tag;               // empty = any; compared after Record::normalizeTags ("#Food" = "food")
    std::optional<QDate> from; // inclusive
    std::optional<QDate> to;   // inclusive

    bool operator==(const JournalFilter&) const = default;
};

} // namespace selftrack::core
