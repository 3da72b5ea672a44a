// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

#include "core/history/RevisionDiff.h"

#include <QString>

namespace selftrack::ui {

// HTML for a RevisionDiff: one row per changed field with the old and new value; sets as +added
// and -removed elements; long texts as their added and removed lines, coloured to be readable
// on `palette`. Text is escaped.
class DiffView {
public:
    static QString html(const core::RevisionDiff& diff, const QPalette& palette);
};

} // namespace selftrack::ui
