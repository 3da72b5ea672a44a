// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/RevisionDiff.h"

#include <QString>

namespace selftrack::ui {

// HTML for a RevisionDiff: one row per changed field with the old and new value; sets as +added
// and -removed elements; long texts as their added and removed lines. Text is escaped.
class DiffView {
public:
    static QString html(const core::RevisionDiff& diff);
};

} // namespace selftrack::ui
