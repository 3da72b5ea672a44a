// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Record.h"
#include "core/domain/SearchCursor.h"

#include <QList>

#include <optional>

namespace selftrack::core {

// One page of journal search hits, newest first (day, then time, descending; entries without a
// time after the timed ones of their day). `next` continues after the last hit; it is empty on
// the last page.
struct SearchPage {
    QList<Record> hits;
    std::optional<SearchCursor> next;
};

} // namespace selftrack::core
