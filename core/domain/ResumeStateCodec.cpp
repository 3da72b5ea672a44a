// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ResumeStateCodec.h"

#include <QtEndian>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace selftrack::core {

namespace {
// Bumped whenever ResumeState or the engine's meaning of it changes: older states then decode to
// nothing and are recomputed.
constexpr std::uint64_t kFormat = 1;

enum ValueKind : std::uint8_t { kNoValue = 0, kWhole = 1, kReal = 2 };

class Writer {
public:
    explicit Writer(qsizetype expected) { m_bytes.reserve(expected); }

    void varint(std::uint64_t v) {
        while (v >= 0x80) {
            m_bytes.append(static_cast<char>((v & 0x7F) | 0x80));
            v >>= 7;
        }
        m_bytes.append(static_cast<char>(v));
    }
    void signedVarint(qint64 v) { varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
    void flag(bool v) { m_bytes.append(v ? '\1' : '\0'); }
    void byte(std::uint8_t v) { m_bytes.append(static_cast<char>(v)); }
    void real(double v) {
        const auto bits = qToLittleEndian(std::bit_cast<std::uint64_t>(v));
        m_bytes.append(reinterpret_cast<const char*>(&bits), sizeof bits);
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

class Reader {
public:
    explicit Reader(const QByteArray& bytes)
        : m_p(reinterpret_cast<const std::uint8_t*>(bytes.constData())), m_end(m_p + bytes.size()) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }

    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end)
                return failed();
            const std::uint8_t b = *m_p++;
            v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return v;
        }
        return failed();
    }
    qint64 signedVarint() {
        const std::uint64_t v = varint();
        return static_cast<qint64>((v >> 1) ^ (~(v & 1) + 1));
    }
    std::uint8_t byte() {
        if (m_p == m_end)
            return static_cast<std::uint8_t>(failed());
        return *m_p++;
    }
    bool flag() {
        const std::uint8_t b = byte();
        if (b > 1)
            failed();
        return b == 1;
    }
    double real() {
        std::uint64_t bits = 0;
        if (m_end - m_p < static_cast<std::ptrdiff_t>(sizeof bits))
            return static_cast<double>(failed());
        std::memcpy(&bits, m_p, sizeof bits);
        m_p += sizeof bits;
        return std::bit_cast<double>(qFromLittleEndian(bits));
    }
    int count(std::uint64_t limit) {
        const std::uint64_t v = varint();
        if (v > limit)
            failed();
        return m_ok ? static_cast<int>(v) : 0;
    }
    std::uint64_t failed() {
        m_ok = false;
        m_p = m_end;
        return 0;
    }

private:
    const std::uint8_t* m_p;
    const std::uint8_t* m_end;
    bool m_ok = true;
};

// A Julian day of the years 1 to 9999 (far from any overflow), as the engine's days are.
constexpr qint64 kMaxDays = 5373484;
bool plausibleDay(qint64 day) {
    return day > 1721425 && day < kMaxDays;
}

// An integral value written as a varint round-trips exactly (not -0.0, below 2^53).
bool isWhole(double v) {
    return v >= 0.0 && v < 9007199254740992.0 && std::floor(v) == v && !std::signbit(v);
}

// Tail entry header: status in bits 0-1, value kind in bits 2-3, the day's difference to the
// previous entry's in bits 4-7 when below kEscape (sorted tails: 0 or 1 mostly), else a signed
// varint after the header.
constexpr std::uint8_t kEscape = 15;

void writeTail(Writer& out, const std::vector<DayEntry>& tail) {
    out.varint(tail.size());
    if (tail.empty())
        return;
    qint64 previous = tail.front().date.toJulianDay();
    out.signedVarint(previous);
    for (const DayEntry& entry : tail) {
        std::uint8_t kind = kNoValue;
        if (entry.value)
            kind = isWhole(*entry.value) ? kWhole : kReal;
        const qint64 day = entry.date.toJulianDay();
        const qint64 delta = day - previous;
        previous = day;
        const bool small = delta >= 0 && delta < kEscape;
        const auto step = static_cast<std::uint8_t>(small ? delta : kEscape);
        out.byte(static_cast<std::uint8_t>(static_cast<std::uint8_t>(entry.status) | (kind << 2) | (step << 4)));
        if (!small)
            out.signedVarint(delta);
        if (kind == kWhole)
            out.varint(static_cast<std::uint64_t>(*entry.value));
        else if (kind == kReal)
            out.real(*entry.value);
    }
}

bool readTail(Reader& in, std::vector<DayEntry>& tail) {
    const int size = in.count(std::uint64_t{1} << 24);
    if (size == 0)
        return in.ok();
    tail.reserve(static_cast<std::size_t>(size));
    qint64 day = in.signedVarint();
    if (!plausibleDay(day))
        return false;
    for (int i = 0; i < size && in.ok(); ++i) {
        const std::uint8_t header = in.byte();
        const std::uint8_t status = header & 3u;
        const std::uint8_t kind = (header >> 2) & 3u;
        const std::uint8_t step = header >> 4;
        if (status > static_cast<std::uint8_t>(EntryStatus::Failed) || kind > kReal)
            return false;
        const qint64 delta = step < kEscape ? step : in.signedVarint();
        if (delta < -kMaxDays || delta > kMaxDays)
            return false;
        day += delta;
        if (!plausibleDay(day))
            return false;
        DayEntry entry{QDate::fromJulianDay(day), std::nullopt, static_cast<EntryStatus>(status)};
        if (kind == kWhole)
            entry.value = static_cast<double>(in.varint());
        else if (kind == kReal)
            entry.value = in.real();
        tail.push_back(entry);
    }
    return in.ok();
}

void writeScore(Writer& out, const ScoreState& s) {
    out.flag(s.started);
    out.signedVarint(s.first);
    out.signedVarint(s.day);
    out.real(s.score);
    out.real(s.rollingSum);
    out.real(s.levelSum);
    out.varint(static_cast<std::uint64_t>(s.levelDays));
    out.flag(s.levelStale);
    out.signedVarint(s.lastValueDay);
}

void readScore(Reader& in, ScoreState& s) {
    s.started = in.flag();
    s.first = in.signedVarint();
    s.day = in.signedVarint();
    s.score = in.real();
    s.rollingSum = in.real();
    s.levelSum = in.real();
    s.levelDays = in.count(std::uint64_t{1} << 30);
    s.levelStale = in.flag();
    s.lastValueDay = in.signedVarint();
}
} // namespace

QByteArray ResumeStateCodec::encode(const ResumeState& state) {
    Writer out(128 + static_cast<qsizetype>(state.tail.size()) * 2);
    out.varint(kFormat);
    out.signedVarint(state.day);
    out.signedVarint(state.boundary);
    out.signedVarint(state.firstDay);
    out.flag(state.coversAll);
    const StreakTail& streaks = state.streaks;
    out.varint(static_cast<std::uint64_t>(streaks.headRun));
    out.flag(streaks.headSucceeded);
    out.flag(streaks.closed);
    out.varint(static_cast<std::uint64_t>(streaks.bestAfter));
    out.varint(static_cast<std::uint64_t>(streaks.run));
    out.flag(streaks.succeeded);
    out.real(state.whole.value);
    out.flag(state.whole.hasValue);
    out.varint(static_cast<std::uint64_t>(state.whole.valueDays));
    out.real(state.cumulative.current);
    out.flag(state.cumulative.reachedOn.has_value());
    if (state.cumulative.reachedOn)
        out.signedVarint(state.cumulative.reachedOn->toJulianDay());
    writeScore(out, state.score);
    writeTail(out, state.tail);
    return out.take();
}

std::optional<ResumeState> ResumeStateCodec::decode(const QByteArray& bytes) {
    Reader in(bytes);
    if (in.varint() != kFormat || !in.ok())
        return std::nullopt;
    constexpr std::uint64_t kMaxCount = std::uint64_t{1} << 30;
    ResumeState state;
    state.day = in.signedVarint();
    state.boundary = in.signedVarint();
    state.firstDay = in.signedVarint();
    state.coversAll = in.flag();
    state.streaks.headRun = in.count(kMaxCount);
    state.streaks.headSucceeded = in.flag();
    state.streaks.closed = in.flag();
    state.streaks.bestAfter = in.count(kMaxCount);
    state.streaks.run = in.count(kMaxCount);
    state.streaks.succeeded = in.flag();
    state.whole.value = in.real();
    state.whole.hasValue = in.flag();
    state.whole.valueDays = in.count(kMaxCount);
    state.cumulative.current = in.real();
    if (in.flag()) {
        const qint64 reached = in.signedVarint();
        if (!plausibleDay(reached))
            return std::nullopt;
        state.cumulative.reachedOn = QDate::fromJulianDay(reached);
    }
    readScore(in, state.score);
    if (!in.ok() || !readTail(in, state.tail) || !in.atEnd())
        return std::nullopt;
    if (!plausibleDay(state.day) || !plausibleDay(state.boundary) || state.boundary > state.day ||
        (!state.coversAll && (!plausibleDay(state.firstDay) || !state.score.started || state.score.day != state.day)))
        return std::nullopt;
    return state;
}

} // namespace selftrack::core
