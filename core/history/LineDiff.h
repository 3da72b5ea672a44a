// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace selftrack::core {

enum class LineKind { Kept, Added, Removed };

struct DiffLine {
    LineKind kind = LineKind::Kept;
    QString text;

    bool operator==(const DiffLine&) const = default;
};

// A shortest line diff of two texts (lines split at '\n'; an empty text has no lines). The common
// head and tail are matched first; the rest is Myers' O((N+M)·D) search, so a few edits in a long
// note cost time linear in its length. The search is capped: once its work (line comparisons plus
// stored search steps, which also bounds its memory) passes `maxCost`, compute() gives up instead
// of going quadratic, and callers show a whole-text change.
class LineDiff {
public:
    static constexpr qsizetype kDefaultMaxCost = 10'000'000;

    // Every line of both texts in reading order, each kept, added or removed (within a changed
    // stretch the removed lines come before the added ones); nullopt when over the cap.
    static std::optional<QList<DiffLine>> compute(const QString& before, const QString& after,
                                                  qsizetype maxCost = kDefaultMaxCost);
    // "kept", "added", "removed"
    static QString toString(LineKind kind);
};

} // namespace selftrack::core
