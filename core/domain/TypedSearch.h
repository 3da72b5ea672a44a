// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace selftrack::core {

// Turns what someone types into a search box into an FTS4 MATCH query for results as they type:
// every word (a run of letters, digits and marks) becomes a prefix term and all of them must match,
// so "lake wal" finds "walked by the lake". Quotes, operators, parentheses and other punctuation
// are dropped, so the result is always valid MATCH syntax. Empty when nothing is left to search for.
class TypedSearch {
public:
    static constexpr int kMaxWords = 16; // further words are ignored
    static QString matchQuery(const QString& typed);
};

} // namespace selftrack::core
