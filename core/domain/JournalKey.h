// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTime>

#include <cstdint>
#include <optional>

namespace selftrack::core {

// The docid of a record's row in the journal's FTS4 index. It sorts like (day, time, rowid), so
// "newest first" is FTS4's own docid order, read backwards, and a page is
// `docid < cursor ORDER BY docid DESC LIMIT n`, answered inside FTS4 without sorting the matches.
// Keys grow with the day, so writing entries in day order appends to FTS4's pending terms (a lower
// docid than the previous one in a transaction makes FTS4 flush them into a new segment first).
// The low kRowBits bits are the record's rowid, so a hit maps back to its record without a lookup
// column; a record whose day or time changes moves to a new docid.
//
// Layout: ((day - 1900-01-01) * 1441 + slot) * 2^kRowBits + rowid, where slot is 0 without a time
// and 1 + minutes since midnight with one (untimed entries sort after the timed ones of their
// day when newest comes first). Schema migration 2 computes the same value in SQL.
class JournalKey {
public:
    static constexpr int kRowBits = 30;
    static constexpr std::int64_t kRowMask = (std::int64_t{1} << kRowBits) - 1;
    static constexpr std::int64_t kMaxRowid = kRowMask;

    // Days must lie in 1900..9999 (Record::validate) and rowid in 1..kMaxRowid.
    static std::int64_t of(QDate day, const std::optional<QTime>& time, std::int64_t rowid);
    static std::int64_t rowidOf(std::int64_t key) { return key & kRowMask; }
    // The day and time a key was made of (of(dayOf(k), timeOf(k), rowidOf(k)) == k).
    static QDate dayOf(std::int64_t key);
    static std::optional<QTime> timeOf(std::int64_t key);
    // The lowest key of `day`: every entry of `day` and later has a key at least this.
    static std::int64_t firstOf(QDate day) { return of(day, std::nullopt, 0); }
};

} // namespace selftrack::core
