// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace selftrack::core {

// Where a page of journal search hits ended: the search key (JournalKey) of its last hit. The next
// page holds the hits that sort after it (older), so pages never repeat or skip a hit, even when
// entries are written or deleted between two pages. Opaque to callers; toString() is a short token
// for the command line.
struct SearchCursor {
    std::int64_t key = 0;

    QString toString() const;
    // nullopt for text that toString() did not make.
    static std::optional<SearchCursor> fromString(const QString& text);
    bool operator==(const SearchCursor&) const = default;
};

} // namespace selftrack::core
